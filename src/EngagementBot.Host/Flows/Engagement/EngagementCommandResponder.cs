using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Chronology;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Registered after the dialogs and before the menu: typed log lines ("no access at 14 Elm case C-1234" →
/// what was understood, then yes / change / cancel), the menu's "Log engagement" (the log card) and "Case
/// chronology or summary", and "chronology C-1234 [page N]" / "summary C-1234".
/// </summary>
public sealed partial class EngagementCommandResponder(
    EngagementLineParser parser,
    EngagementDrafts drafts,
    EngagementCards cards,
    ChronologyView chronology,
    SummaryView summary,
    PackCatalog packs,
    EngagementClock clock,
    IOptions<DialogOptions> options) : ITurnResponder
{
    private readonly Regex _case = new(options.Value.CaseReferencePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kind == TurnKind.CardSubmit)
        {
            return GlobalCommands.CommandOf(input.Value) switch
            {
                "log" => TurnOutcome.Reply(BotReply.FromText(EngagementTexts.HowToLog), cards.LogCard()),
                "chronology" when CaseOf(input.Value) is { } reference => TurnOutcome.Reply(await chronology.RenderAsync(reference, 1, cancellationToken)),
                "chronology" => TurnOutcome.Reply(BotReply.FromText(EngagementTexts.HowToChronology)),
                _ => null,
            };
        }

        if (input.Kind != TurnKind.Message || string.IsNullOrWhiteSpace(input.Text))
        {
            return null;
        }

        if (CaseCommand().Match(input.Text.Trim()) is { Success: true } command)
        {
            return await CaseViewAsync(command, cancellationToken);
        }

        if (LogAlone().IsMatch(input.Text.Trim()))
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.HowToLog), cards.LogCard());
        }

        return parser.Parse(input.Text) is { } line ? await UnderstoodAsync(input, line, cancellationToken) : null;
    }

    /// <summary>A button's <c>caseReference</c> when it is a valid reference (a pattern prompt's "Chronology").</summary>
    private string? CaseOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("caseReference", out var given) && given.ValueKind == JsonValueKind.String
        && given.GetString()!.Trim().ToUpperInvariant() is { Length: > 0 } reference && _case.IsMatch(reference)
            ? reference
            : null;

    private async Task<TurnOutcome> CaseViewAsync(Match command, CancellationToken cancellationToken)
    {
        var reference = command.Groups["case"].Value.Trim().ToUpperInvariant();
        if (reference.Length == 0 || !_case.IsMatch(reference))
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.HowToChronology));
        }

        if (command.Groups["verb"].Value.EndsWith("summary", StringComparison.OrdinalIgnoreCase))
        {
            var card = await summary.RenderAsync(reference, cancellationToken);
            return TurnOutcome.Reply(card);
        }

        var page = int.TryParse(command.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        return TurnOutcome.Reply(await chronology.RenderAsync(reference, page, cancellationToken));
    }

    private async Task<TurnOutcome> UnderstoodAsync(TurnInput input, EngagementLine line, CancellationToken cancellationToken)
    {
        if (line.CaseReference is null)
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.NeedCase));
        }

        if (line.Day is not { } day)
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.FutureDay));
        }

        var draft = new EngagementDraft(
            OutboxIds.For("engagement-line", input.Conversation.Key, input.ActivityId), EngagementVocabulary.Kinds.Code(line.Kind), line.CaseReference, day, clock.Now);
        await drafts.SaveAsync(input, draft, cancellationToken);
        var kind = EngagementVocabulary.Text(line.Kind, packs.Active.Terms.PersonAtRisk);
        var understood = EngagementTexts.Understood(kind, line.CaseReference, clock.Text(day));
        var replies = new List<BotReply>();
        if (line.LeftOut)
        {
            replies.Add(BotReply.FromText(EngagementTexts.LeftOut));
        }

        replies.Add(cards.Confirm(understood));
        return new TurnOutcome(replies);
    }

    [GeneratedRegex(@"^(?<verb>chronology|timeline|summary|three[- ]month summary)(\s+(for\s+)?(case\s+)?(?<case>\S+))?(\s+page\s+(?<page>\d{1,3}))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CaseCommand();

    [GeneratedRegex(@"^(log|log engagement|engagement log|log an event)\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LogAlone();
}
