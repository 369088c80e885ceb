using System.Text.Json;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// A named domain action an <c>action</c> step calls (compute a risk level, record an incident…).
/// Its output is stored as the step's answer; its replies are sent in order.
/// <para>
/// An action can run more than once for one dialog run: after "back" past it, or when a turn is
/// retried after a concurrent update. Actions with side effects must be idempotent on
/// (<see cref="DialogActionContext.InstanceId"/>, <see cref="DialogActionContext.StepId"/>).
/// </para>
/// </summary>
public interface IDialogAction
{
    /// <summary>The name definitions use in <c>"action"</c>.</summary>
    string Name { get; }

    Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What an action sees: the dialog run (<see cref="InstanceId"/> is unique per run), the turn, the
/// answers so far (an object keyed by step id) and the step's <c>arguments</c>.
/// </summary>
public sealed record DialogActionContext(
    string DialogId,
    string StepId,
    string InstanceId,
    TurnInput Turn,
    JsonElement Answers,
    JsonElement? Arguments,
    DateTimeOffset Now);

/// <summary>The step's answer (<see cref="Output"/>, readable by later steps as <c>stepId.x</c>) and replies to send.</summary>
public sealed record DialogActionResult(JsonElement? Output, IReadOnlyList<BotReply> Replies)
{
    public static DialogActionResult Empty { get; } = new(null, []);
}
