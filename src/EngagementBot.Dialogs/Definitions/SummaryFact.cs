namespace EngagementBot.Dialogs.Definitions;

/// <summary>One line of a summary card; <see cref="Value"/> may name answers as <c>{stepId}</c>.</summary>
public sealed record SummaryFact
{
    public string Label { get; init; } = "";

    public string Value { get; init; } = "";
}
