using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Answers;

/// <summary>
/// One question put to the user, whatever step it came from (a question step, a form field asked on
/// its own, a pack question). <see cref="Path"/> is where its answer goes: <c>stepId</c> or <c>stepId.field</c>.
/// </summary>
internal sealed record Question
{
    public required string Path { get; init; }

    public required AnswerKind Kind { get; init; }

    /// <summary>The question as text (may name earlier answers as <c>{stepId}</c>).</summary>
    public required string Text { get; init; }

    /// <summary>A card template to ask with instead of text, if any.</summary>
    public PromptDefinition? Card { get; init; }

    public string? Label { get; init; }

    public string? Help { get; init; }

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    public int? Min { get; init; }

    public int? Max { get; init; }

    public int? MaxLength { get; init; }

    public DateTimeConstraint Constraint { get; init; }

    public DateTimePrecision Precision { get; init; }

    /// <summary>dateTime: also offer a card with a date and a time input.</summary>
    public bool OfferCard { get; init; }

    /// <summary>dateTime: the earlier answer this one must come after, when the step names one and it is answered.</summary>
    public DateTimeOffset? After { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>The key a card submit carries this answer under (the last part of the path).</summary>
    public string Key => Path[(Path.LastIndexOf('.') + 1)..];
}
