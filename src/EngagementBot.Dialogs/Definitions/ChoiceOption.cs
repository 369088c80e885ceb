namespace EngagementBot.Dialogs.Definitions;

/// <summary>One answer to pick: the stored <see cref="Value"/>, the shown <see cref="Title"/>, and other words that mean it.</summary>
public sealed record ChoiceOption
{
    public string Value { get; init; } = "";

    public string Title { get; init; } = "";

    public IReadOnlyList<string>? Synonyms { get; init; }
}
