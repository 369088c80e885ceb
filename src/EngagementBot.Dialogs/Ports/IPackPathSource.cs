using System.Text.Json;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// Walks a graph of the active procedure pack (its escalation path…) for a <c>packPath</c> step, so one
/// definition serves every pack and a new branch in the pack needs no new dialog. The walk is stateless:
/// given the answers so far, the source says what to tell the user on the way and which question comes
/// next, or that the walk has ended.
/// </summary>
public interface IPackPathSource
{
    /// <exception cref="ArgumentException">The source knows no graph of that name (a definition error).</exception>
    Task<PackPathStep> NextAsync(PackPathRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Which graph, for whom, the dialog's answers so far, and the answers given on this walk (an object keyed
/// by question id, in the order asked; values as stored: <c>true</c>/<c>false</c>, a choice's value, a date).
/// </summary>
public sealed record PackPathRequest(string Graph, UserRef User, ConversationAddress Conversation, JsonElement Answers, JsonElement Walked);

/// <summary>
/// What the walk reaches from the answers given: <see cref="Said"/>, the texts passed on the way (the boxes
/// between the last question and the next, or the outcome), and the next <see cref="Question"/>, null when
/// the walk has ended. The question's id is where its answer is stored (<c>stepId.questionId</c>); ids
/// must not contain dots.
/// </summary>
public sealed record PackPathStep(IReadOnlyList<string> Said, PackQuestion? Question);

/// <summary>The source used when the host supplies none: it knows no graph.</summary>
internal sealed class NoPackPaths : IPackPathSource
{
    public static NoPackPaths Instance { get; } = new();

    public Task<PackPathStep> NextAsync(PackPathRequest request, CancellationToken cancellationToken) =>
        throw new ArgumentException($"no pack graph named '{request?.Graph}' is available", nameof(request));
}
