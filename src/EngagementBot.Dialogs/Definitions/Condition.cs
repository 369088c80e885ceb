using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// A test on earlier answers, for branch steps. Either a comparison of the answer at
/// <see cref="Answer"/> (a step id, or <c>stepId.field</c> for forms, pack questions, child dialogs
/// and action results) with exactly one operator, or a combination (<c>all</c>, <c>any</c>, <c>not</c>).
/// </summary>
public sealed record Condition
{
    public string? Answer { get; init; }

    [JsonPropertyName("equals")]
    public JsonElement? IsEqualTo { get; init; }

    public JsonElement? NotEquals { get; init; }

    public IReadOnlyList<JsonElement>? In { get; init; }

    public double? GreaterThan { get; init; }

    public double? LessThan { get; init; }

    public double? AtLeast { get; init; }

    public double? AtMost { get; init; }

    /// <summary>True: the question was answered (not skipped); false: it was not.</summary>
    public bool? Exists { get; init; }

    public IReadOnlyList<Condition>? All { get; init; }

    public IReadOnlyList<Condition>? Any { get; init; }

    public Condition? Not { get; init; }

    /// <summary>How many comparison operators are set (a valid comparison has exactly one).</summary>
    [JsonIgnore]
    public int OperatorCount =>
        (IsEqualTo is null ? 0 : 1) + (NotEquals is null ? 0 : 1) + (In is null ? 0 : 1) + (GreaterThan is null ? 0 : 1) +
        (LessThan is null ? 0 : 1) + (AtLeast is null ? 0 : 1) + (AtMost is null ? 0 : 1) + (Exists is null ? 0 : 1);

    [JsonIgnore]
    public int CombinatorCount => (All is null ? 0 : 1) + (Any is null ? 0 : 1) + (Not is null ? 0 : 1);
}
