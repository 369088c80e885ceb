using System.Text.Json;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>
/// A small graph "escalation": worried? (yes/no) → yes: which step? (joint / police) → done;
/// no: done. Says a text on the way to each question and at the end; records each request.
/// </summary>
public sealed class FakePackPathSource : IPackPathSource
{
    private static readonly PackQuestion Worried = new("worried", "Are you worried?", AnswerKind.YesNo, Label: "Worried");

    private static readonly PackQuestion Which = new(
        "which", "What next?", AnswerKind.Choice, [new ChoiceOption { Value = "joint", Title = "Joint visit" }, new ChoiceOption { Value = "police", Title = "Police check" }]);

    public List<PackPathRequest> Requests { get; } = [];

    public Task<PackPathStep> NextAsync(PackPathRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (request.Graph != "escalation")
        {
            throw new ArgumentException("unknown graph", nameof(request));
        }

        var walked = request.Walked;
        PackPathStep step = !walked.TryGetProperty("worried", out var worried) ? new(["Start here."], Worried)
            : !worried.GetBoolean() ? new(["Nothing to do."], null)
            : !walked.TryGetProperty("which", out var which) ? new(["Think it through."], Which)
            : new([$"Done: {which.GetString()}."], null);
        return Task.FromResult(step);
    }

    /// <summary>The answers of the walk as the last request saw them.</summary>
    public JsonElement LastWalked => Requests[^1].Walked;
}
