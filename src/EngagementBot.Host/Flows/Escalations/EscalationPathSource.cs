using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Guidance.Loading;
using EscalationNode = EngagementBot.Guidance.Model.EscalationNode;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// The dialog engine's graph port for <c>packPath</c> steps: the graph <c>escalation</c> is the active
/// pack's escalation path, walked by <see cref="EscalationWalk"/>. Question nodes are asked with their
/// branches (yes / no when those are the answers), actions with who owns them and by when.
/// </summary>
public sealed class EscalationPathSource(PackCatalog packs) : IPackPathSource
{
    public const string GraphName = "escalation";

    private static readonly ChoiceOption[] Owners =
    [
        new() { Value = "me", Title = "Me", Synonyms = ["myself", "i will", "mine"] },
        new() { Value = "manager", Title = "My manager", Synonyms = ["manager", "line manager", "team manager"] },
        new() { Value = "other-agency", Title = "Another agency", Synonyms = ["agency", "other agency", "partner agency"] },
        new() { Value = "multi-agency-group", Title = "The multi-agency group", Synonyms = ["core group", "multi-agency", "conference", "group"] },
    ];

    public Task<PackPathStep> NextAsync(PackPathRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.Graph, GraphName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"no pack graph named '{request.Graph}'", nameof(request));
        }

        var walk = EscalationWalk.Walk(packs.Active.EscalationPath, request.Walked);
        return Task.FromResult(new PackPathStep(walk.Said, walk.Pending is { } pending ? Question(pending) : null));
    }

    private static PackQuestion Question(PendingQuestion pending)
    {
        var node = pending.Node;
        var citation = $"{node.Source.Document} §{node.Source.Section}";
        return pending.Kind switch
        {
            PendingKind.Owner => new PackQuestion(pending.Id, $"Who will do this: {Name(node)}?", AnswerKind.Choice, Owners, EscalationTexts.OwnerHelp, citation, "Owner"),
            PendingKind.Due => new PackQuestion(pending.Id, $"By when? ({Name(node)}) For example \"Friday\" or \"4/12\".", AnswerKind.Date, Help: EscalationTexts.DueHelp, Source: citation, Label: "Due"),
            _ when IsYesNo(node) => new PackQuestion(pending.Id, node.Text, AnswerKind.YesNo, Source: citation),
            _ => new PackQuestion(
                pending.Id, node.Text, AnswerKind.Choice, [.. node.Branches!.Select(b => new ChoiceOption { Value = b.Answer, Title = b.Label })], Source: citation),
        };
    }

    private static string Name(EscalationNode node) => node.Label ?? node.Text;

    private static bool IsYesNo(EscalationNode node) =>
        node.Branches is { Count: 2 } branches && branches.Select(b => b.Answer).Order(StringComparer.Ordinal).SequenceEqual(["no", "yes"]);
}
