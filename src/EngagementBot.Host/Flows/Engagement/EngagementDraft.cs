using System.Text.Json;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// A typed log line waiting for "yes / change / cancel": the event id fixed when it was understood (so a
/// second "yes" logs nothing twice), the kind's code, the case and the day. Nothing else of the line is kept.
/// </summary>
public sealed record EngagementDraft(Guid EventId, string Kind, string CaseReference, DateOnly Day, DateTimeOffset CreatedAt);

/// <summary>
/// Drafts kept durably per user per conversation in the dialog state store, under their own key prefix
/// (the dialog engine never reads it). A draft answers the next turn only: anything else drops it.
/// </summary>
public sealed class EngagementDrafts(IDialogStateStore store, TimeProvider clock)
{
    /// <summary>A draft older than this is dropped unanswered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return $"engagement-draft|{input.Conversation.Key}|{input.From.Id}";
    }

    /// <summary>The pending draft, or null (an expired or unreadable one is deleted).</summary>
    public async Task<EngagementDraft?> FindAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(Key(input), cancellationToken);
        if (stored is null)
        {
            return null;
        }

        EngagementDraft? draft;
        try
        {
            draft = JsonSerializer.Deserialize<EngagementDraft>(stored.Json, Json);
        }
        catch (JsonException)
        {
            draft = null;
        }

        if (draft is null || clock.GetUtcNow() - draft.CreatedAt > Lifetime)
        {
            await DeleteAsync(input, cancellationToken);
            return null;
        }

        return draft;
    }

    /// <summary>Keeps <paramref name="draft"/> as the user's pending draft, replacing any other.</summary>
    public async Task SaveAsync(TurnInput input, EngagementDraft draft, CancellationToken cancellationToken)
    {
        var key = Key(input);
        var json = JsonSerializer.Serialize(draft, Json);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            if (await store.SaveAsync(key, json, stored?.Version ?? 0, clock.GetUtcNow(), cancellationToken) is not null)
            {
                return;
            }
        }
    }

    public Task DeleteAsync(TurnInput input, CancellationToken cancellationToken) => store.DeleteAsync(Key(input), cancellationToken);
}
