using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Turns;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Answers presses on the escalation decision card (verbs <c>escalation-refresh</c>, <c>escalation-agree</c>,
/// <c>escalation-change</c>, <c>escalation-supervision</c>), as Action.Execute invokes (the answer is the card
/// in the same HTTP response) or as the Action.Submit fallback (a message; copies are updated through the
/// outbox). Whoever pressed is <see cref="TurnInput.From"/>: only the line manager the card was sent to can
/// decide. A decision is a compare-and-set in the store: the first wins, every copy is updated in place and
/// the raiser is told; a later press hears what was decided.
/// </summary>
public sealed partial class EscalationCardResponder(
    IEscalationStore escalations,
    EscalationCards cards,
    EscalationNotifications notifications,
    TimeProvider clock,
    ILogger<EscalationCardResponder> logger) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind is not (TurnKind.CardAction or TurnKind.CardSubmit) || EscalationCardCommand.Read(input) is not { } command)
        {
            return null;
        }

        var viewer = input.From.AadObjectId;
        var record = await escalations.FindAsync(command.EscalationId, cancellationToken);
        if (record is null)
        {
            return CardPressAnswers.Message(input, EscalationTexts.Unknown);
        }

        if (command.Verdict is not { } verdict)
        {
            return CardPressAnswers.Card(input, await cards.RenderAsync(record, viewer, notice: null, cancellationToken), EscalationTexts.Unknown);
        }

        if (!record.IsDecider(viewer))
        {
            LogRefused(record.Id);
            return await StatusAsync(input, record, EscalationTexts.NotDecider, cancellationToken);
        }

        if (!record.IsPending)
        {
            return await StatusAsync(input, record, EscalationTexts.AlreadyDecided(record), cancellationToken);
        }

        var note = command.Note is { Length: > EscalationDecision.MaxNoteLength } ? command.Note[..EscalationDecision.MaxNoteLength] : command.Note;
        if (verdict == EscalationVerdict.Change && note is null)
        {
            return await StatusAsync(input, record, EscalationTexts.NeedNote, cancellationToken);
        }

        var result = await escalations.DecideAsync(record.Id, new EscalationDecision(verdict, viewer!, input.From.Name, note, clock.GetUtcNow()), cancellationToken);
        if (result is null)
        {
            return CardPressAnswers.Message(input, EscalationTexts.Unknown);
        }

        if (!result.Won)
        {
            return await StatusAsync(input, result.Record, EscalationTexts.AlreadyDecided(result.Record), cancellationToken);
        }

        LogDecided(record.Id, verdict);
        await notifications.DecidedAsync(result.Record, cancellationToken);
        return await StatusAsync(input, result.Record, EscalationTexts.YouDecided(result.Record), cancellationToken);
    }

    private Task<TurnOutcome> StatusAsync(TurnInput input, EscalationRecord record, string notice, CancellationToken cancellationToken) =>
        CardPressAnswers.StatusAsync(input, notice, () => cards.RenderAsync(record, input.From.AadObjectId, notice, cancellationToken));


    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId}: a press by someone who is not its decider was refused")]
    private partial void LogRefused(Guid escalationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} decided: {Verdict}")]
    private partial void LogDecided(Guid escalationId, EscalationVerdict verdict);
}
