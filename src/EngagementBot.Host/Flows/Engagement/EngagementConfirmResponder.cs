using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Registered before the dialog engine (which would take "cancel" as leaving a dialog): answers a pending
/// typed log line's "yes / change / cancel" (typed or from its card), and the log card's Log it and Cancel.
/// Any other turn drops a pending draft and is left to the next responder: a draft only answers the turn
/// right after it.
/// </summary>
public sealed class EngagementConfirmResponder(
    EngagementDrafts drafts,
    EngagementRecorder recorder,
    EngagementCards cards,
    EngagementClock clock,
    IOptions<DialogOptions> options) : ITurnResponder
{
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "change", "change it", "edit", "edit it", "correct", "correct it", "fix", "fix it", "amend", "no change it", "wrong",
    };

    private readonly Regex _case = new(options.Value.CaseReferencePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        switch (input.Kind)
        {
            case TurnKind.CardSubmit when Read(input.Value, "form") == EngagementCards.LogForm:
                return await FromLogCardAsync(input, cancellationToken);
            case TurnKind.CardSubmit when Read(input.Value, "command") == "choice" && Read(input.Value, "prompt") == EngagementCards.ConfirmPrompt:
                return await AnswerAsync(input, Read(input.Value, "value"), cancellationToken);
            case TurnKind.Message:
                var draft = await drafts.FindAsync(input, cancellationToken);
                if (draft is null)
                {
                    return null;
                }

                var answer = Classify(input.Text);
                if (answer is null)
                {
                    await drafts.DeleteAsync(input, cancellationToken);
                    return null;
                }

                return await AnswerAsync(input, answer, cancellationToken, draft);
            default:
                return null;
        }
    }

    private async Task<TurnOutcome> AnswerAsync(TurnInput input, string? answer, CancellationToken cancellationToken, EngagementDraft? draft = null)
    {
        draft ??= await drafts.FindAsync(input, cancellationToken);
        if (draft is null)
        {
            return TurnOutcome.Reply(BotReply.FromText("That question has expired. " + EngagementTexts.HowToLog), cards.LogCard());
        }

        switch (answer)
        {
            case "yes":
                var replies = await recorder.RecordAsync(
                    draft.EventId, input, EngagementVocabulary.Kinds.Parse(draft.Kind), draft.CaseReference, draft.Day, note: null, cancellationToken);
                await drafts.DeleteAsync(input, cancellationToken);
                return new TurnOutcome(replies);
            case "change":
                await drafts.DeleteAsync(input, cancellationToken);
                return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.Change), cards.LogCard(draft));
            case "cancel":
                await drafts.DeleteAsync(input, cancellationToken);
                return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.Cancelled));
            default:
                return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.ConfirmAgain));
        }
    }

    /// <summary>The log card's Log it (records at once: the card is the confirmation) or Cancel.</summary>
    private async Task<TurnOutcome> FromLogCardAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var value = input.Value!.Value;
        if (Read(value, "command") == "cancel")
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.Cancelled));
        }

        var caseReference = Read(value, "caseRef")?.Trim().ToUpperInvariant();
        var note = Read(value, "note");
        if (!EngagementVocabulary.Kinds.TryParse(Read(value, "kind"), out var kind)
            || string.IsNullOrWhiteSpace(caseReference)
            || !DateOnly.TryParseExact(Read(value, "day"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.CardIncomplete));
        }

        if (!_case.IsMatch(caseReference))
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.CardCaseReference));
        }

        if (day > clock.Today)
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.FutureDay));
        }

        if (note?.Trim().Length > EngagementEvent.MaxNoteLength)
        {
            return TurnOutcome.Reply(BotReply.FromText(EngagementTexts.NoteTooLong));
        }

        var id = OutboxIds.For("engagement-card", input.Conversation.Key, input.ActivityId);
        return new TurnOutcome(await recorder.RecordAsync(id, input, kind, caseReference, day, note, cancellationToken));
    }

    /// <summary>"yes", "change" or "cancel" for a typed answer; null when it is none of them.</summary>
    private static string? Classify(string? text)
    {
        if (GlobalCommands.FromText(text) == GlobalCommand.Cancel)
        {
            return "cancel";
        }

        if (ChangeWords.Contains(TextNormalizer.ForMatching(text)))
        {
            return "change";
        }

        return YesNoParser.Parse(text) switch
        {
            true => "yes",
            false => "cancel",
            _ => null,
        };
    }

    private static string? Read(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
}
