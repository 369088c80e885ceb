using System.Globalization;
using System.Text.Json;
using EngagementBot.Domain.Escalations;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Walks a pack's escalation path from its start with the answers given so far (an object keyed by
/// question id): question nodes are asked and branch on their answer; every action node is followed by
/// two questions, who owns it and by when; step and action texts are said on the way; an outcome ends
/// the walk. Stateless, so the dialog's "back" and a retried turn always give the same walk.
/// </summary>
public static class EscalationWalk
{
    /// <summary>The id suffix of an action's owner question (pack ids never hold two dashes in a row).</summary>
    public const string OwnerSuffix = "--owner";

    /// <summary>The id suffix of an action's due-date question.</summary>
    public const string DueSuffix = "--due";

    /// <summary>Walks <paramref name="path"/> with <paramref name="walked"/> as far as the answers go.</summary>
    /// <exception cref="InvalidOperationException">The path loops or names a node it lacks (the guidance tests refuse such packs).</exception>
    public static WalkResult Walk(EscalationPath path, JsonElement walked)
    {
        ArgumentNullException.ThrowIfNull(path);
        var steps = new List<EscalationStep>();
        var actions = new List<EscalationAction>();
        var said = new List<string>();
        var node = path.Find(path.Start);
        while (node is not null)
        {
            if (steps.Count > path.Nodes.Count || steps.Any(s => s.NodeId == node.Id))
            {
                throw new InvalidOperationException($"the escalation path passes node '{node.Id}' twice");
            }

            switch (node.Kind)
            {
                case EscalationNodeKind.Outcome:
                    steps.Add(new EscalationStep(node.Id));
                    said.Add(Say(node));
                    return new WalkResult(steps, actions, said, Pending: null, Outcome: node);
                case EscalationNodeKind.Question:
                    if (Answer(walked, node.Id) is not { } answer || node.Branches!.FirstOrDefault(b => b.Answer == answer) is not { } branch)
                    {
                        return new WalkResult(steps, actions, said, new PendingQuestion(node.Id, node, PendingKind.Branch), Outcome: null);
                    }

                    steps.Add(new EscalationStep(node.Id, answer));
                    said.Clear();
                    node = path.Find(branch.Next);
                    break;
                case EscalationNodeKind.Action:
                    said.Add(Say(node));
                    if (Owner(walked, node.Id) is not { } owner)
                    {
                        return new WalkResult(steps, actions, said, new PendingQuestion(node.Id + OwnerSuffix, node, PendingKind.Owner), Outcome: null);
                    }

                    if (Due(walked, node.Id) is not { } due)
                    {
                        said.Clear();
                        return new WalkResult(steps, actions, said, new PendingQuestion(node.Id + DueSuffix, node, PendingKind.Due), Outcome: null);
                    }

                    steps.Add(new EscalationStep(node.Id));
                    actions.Add(new EscalationAction(node.Id, owner, due));
                    said.Clear();
                    node = path.Find(node.Next!);
                    break;
                default:
                    steps.Add(new EscalationStep(node.Id));
                    said.Add(Say(node));
                    node = path.Find(node.Next!);
                    break;
            }
        }

        throw new InvalidOperationException("the escalation path leads to a node it does not have");
    }

    /// <summary>What a node says: its text, and its points as a list.</summary>
    public static string Say(EscalationNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Points is { Count: > 0 } points ? node.Text + "\n\n" + string.Join("\n", points.Select(p => "- " + p)) : node.Text;
    }

    /// <summary>An owner as the dialog stores it (the choice's value).</summary>
    public static string OwnerValue(ActionOwner owner) => owner switch
    {
        ActionOwner.Me => "me",
        ActionOwner.Manager => "manager",
        ActionOwner.OtherAgency => "other-agency",
        _ => "multi-agency-group",
    };

    // A yes/no question is stored as true / false; a choice as its value.
    private static string? Answer(JsonElement walked, string id) => Value(walked, id) switch
    {
        { ValueKind: JsonValueKind.True } => "yes",
        { ValueKind: JsonValueKind.False } => "no",
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        _ => null,
    };

    private static ActionOwner? Owner(JsonElement walked, string id) =>
        Answer(walked, id + OwnerSuffix) is { } value
            ? Enum.GetValues<ActionOwner>().Cast<ActionOwner?>().FirstOrDefault(o => OwnerValue(o!.Value) == value)
            : null;

    private static DateOnly? Due(JsonElement walked, string id) =>
        Answer(walked, id + DueSuffix) is { } value && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static JsonElement? Value(JsonElement walked, string id) =>
        walked.ValueKind == JsonValueKind.Object && walked.TryGetProperty(id, out var value) ? value : null;
}

/// <summary>
/// How far a walk got: the nodes passed (with answers), the actions agreed so far, what to say before the
/// next question (or the outcome's text), and either the question pending or the outcome reached.
/// </summary>
public sealed record WalkResult(
    IReadOnlyList<EscalationStep> Steps,
    IReadOnlyList<EscalationAction> Actions,
    IReadOnlyList<string> Said,
    PendingQuestion? Pending,
    EscalationNode? Outcome);

/// <summary>The next question of a walk: its id (where the answer is stored), the node it belongs to, and what it asks.</summary>
public sealed record PendingQuestion(string Id, EscalationNode Node, PendingKind Kind);

/// <summary>What a pending question asks: which branch of a question node, or who owns an action, or by when.</summary>
public enum PendingKind
{
    Branch,
    Owner,
    Due,
}
