namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// One input of a form step. On the card it is an input; typed instead, it is asked on its own
/// with <see cref="Prompt"/> (or the label). Its answer is stored as <c>formStepId.fieldId</c>.
/// </summary>
public sealed record FormField
{
    public string Id { get; init; } = "";

    /// <summary><c>text</c>, <c>yesNo</c>, <c>choice</c>, <c>number</c>, <c>date</c> or <c>time</c>.</summary>
    public string Kind { get; init; } = "";

    public string Label { get; init; } = "";

    /// <summary>The question when asked on its own (text fallback); defaults to the label.</summary>
    public string? Prompt { get; init; }

    public string? Help { get; init; }

    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    public bool? Required { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }
}
