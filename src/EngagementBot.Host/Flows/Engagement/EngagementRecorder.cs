using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Incidents;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Logs an engagement event for the authenticated user (never card data) with this deployment's agency,
/// then runs the pack's patterns. Idempotent by event id: logging the same id again stores nothing new and
/// queues nothing twice.
/// </summary>
public sealed partial class EngagementRecorder(
    IEngagementLog log,
    EngagementPatterns patterns,
    PackCatalog packs,
    EngagementClock clock,
    IOptions<IncidentOptions> incidentOptions,
    ILogger<EngagementRecorder> logger)
{
    /// <summary>The replies: what was logged, then any pattern prompts.</summary>
    public async Task<IReadOnlyList<BotReply>> RecordAsync(
        Guid id, TurnInput input, EngagementKind kind, string caseReference, DateOnly day, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var recorder = input.From.AadObjectId;
        if (string.IsNullOrWhiteSpace(recorder))
        {
            return [BotReply.FromText(EngagementTexts.NotIdentified)];
        }

        var logged = new EngagementEvent(
            id, caseReference, kind, day, incidentOptions.Value.Agency, recorder,
            new ConversationRef(input.Conversation.ChannelId, input.Conversation.ConversationId), clock.Now,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        var added = await log.AppendAsync(logged, cancellationToken);
        if (added)
        {
            LogLogged(logged.Id, EngagementVocabulary.Kinds.Code(kind));
        }
        else
        {
            logged = await log.FindAsync(id, cancellationToken) ?? logged;
        }

        var text = EngagementVocabulary.Text(logged.Kind, packs.Active.Terms.PersonAtRisk);
        var replies = new List<BotReply>
        {
            BotReply.FromText(EngagementTexts.Logged(text, logged.CaseReference, clock.Text(logged.OccurredOn), logged.Agency)),
        };
        replies.AddRange(await patterns.AfterLoggedAsync(logged, cancellationToken));
        return replies;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Engagement event {EventId} logged ({Kind})")]
    private partial void LogLogged(Guid eventId, string kind);
}
