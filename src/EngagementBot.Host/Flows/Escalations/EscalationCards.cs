using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Escalations;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Renders the <c>escalation-decision</c> card for one viewer: the line manager of a pending escalation
/// sees the note box and buttons, everyone else (and everyone once it is decided) the live status. The
/// card's <c>refresh.userIds</c> lists the Teams user ids of the deciders, so Teams fetches their own view
/// (verb <c>escalation-refresh</c>) whenever they open it.
/// </summary>
public sealed class EscalationCards(ICardTemplates templates, IConversationReferenceStore references, PackCatalog packs)
{
    public const string TemplateId = "escalation-decision";

    /// <summary>Teams allows at most this many users in <c>refresh.userIds</c>.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>The card for <paramref name="viewerAadObjectId"/>; <paramref name="asDecider"/> shows the buttons before the copy is recorded.</summary>
    public async Task<string> RenderAsync(EscalationRecord record, string? viewerAadObjectId, string? notice, CancellationToken cancellationToken, bool asDecider = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var canDecide = record.IsPending && (asDecider || record.IsDecider(viewerAadObjectId));
        var path = packs.TryGet(record.PackId, out var pack) ? pack : null;
        var data = new JsonObject
        {
            ["escalationId"] = record.Id.ToString("D"),
            ["title"] = EscalationTexts.CardTitle,
            ["status"] = CardText.Escape(canDecide ? "Waiting for your decision" : EscalationTexts.Status(record)),
            ["tone"] = record.Decision?.Verdict switch { null => "warning", EscalationVerdict.Agree => "good", _ => "attention" },
            ["facts"] = Facts(record, pack),
            ["actions"] = new JsonArray([.. record.Actions.Select(a => new JsonObject { ["text"] = CardText.Escape(ActionLine(a, path?.EscalationPath)) })]),
            ["deciderUserIds"] = new JsonArray([.. (await DeciderUserIdsAsync(record, cancellationToken)).Select(id => JsonValue.Create(id))]),
            ["canDecide"] = canDecide,
        };
        if (notice is not null)
        {
            data["notice"] = CardText.Escape(notice);
        }

        return templates.Render(TemplateId, data);
    }

    /// <summary>"Joint visit: another agency, by Fri 27 Nov 2026".</summary>
    public static string ActionLine(EscalationAction action, EscalationPath? path)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"{ActionName(action.Kind, path)}: {EscalationTexts.Owner(action.Owner)}, by {EscalationTexts.Day(action.DueOn)}";
    }

    /// <summary>The action node's label (or text) in the pack, else its id.</summary>
    public static string ActionName(string kind, EscalationPath? path) => path?.Find(kind) is { } node ? node.Label ?? node.Text : kind;

    private static JsonArray Facts(EscalationRecord record, ProcedurePack? pack)
    {
        var facts = new JsonArray
        {
            Fact("Case", record.CaseReference),
            Fact("Concern", ConcernKinds.Parse(record.Concern) is { } concern ? EscalationTexts.Concern(concern) : record.Concern),
            Fact("Raised by", record.RaisedBy.DisplayName ?? "A practitioner"),
        };
        var evidence = record.Evidence
            .Select(id => pack?.DisguisedComplianceIndicators.FirstOrDefault(i => i.Id == id)?.Text ?? id)
            .ToList();
        if (evidence.Count > 0)
        {
            facts.Add(Fact("Evidence", string.Join(" ", evidence.Select(Sentences.Of))));
        }

        if (pack?.EscalationPath.Find(record.Outcome) is { } outcome)
        {
            facts.Add(Fact("Where the path ended", outcome.Text));
        }

        if (record.Decision?.Note is { Length: > 0 } note)
        {
            facts.Add(Fact("Note", note));
        }

        return facts;
    }

    private static JsonObject Fact(string label, string value) => new() { ["label"] = label, ["value"] = CardText.Escape(value) };

    private async Task<List<string>> DeciderUserIdsAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var card in record.Cards.Where(c => c.CanDecide))
        {
            var chat = await references.FindPersonalByAadObjectIdAsync(card.RecipientAadObjectId, cancellationToken);
            if (!string.IsNullOrWhiteSpace(chat?.UserId) && !ids.Contains(chat.UserId, StringComparer.Ordinal))
            {
                ids.Add(chat.UserId);
            }
        }

        return [.. ids.Take(MaxRefreshUsers)];
    }
}
