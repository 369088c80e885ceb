using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// One conversation flow as data (a file in <c>dialogs/</c>): what starts it and its steps, in order.
/// Answers are kept by step id; see <c>dialogs/README.md</c> for the format.
/// </summary>
public sealed record DialogDefinition
{
    /// <summary>Editor hint pointing at <c>dialog.schema.json</c>; ignored by the engine.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string Id { get; init; } = "";

    /// <summary>How the bot names the flow to the user ("the visit plan").</summary>
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Failed answers to one question before the bot offers a way out.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TriggerDefinition Triggers { get; init; } = new();

    /// <summary>Said when the flow ends without a summary step (root dialogs only).</summary>
    public string? Completion { get; init; }

    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];

    /// <summary>The title, or the id when the definition has none.</summary>
    [JsonIgnore]
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Id : Title;
}

/// <summary>What starts a dialog: typed utterances (matched whole, case and punctuation ignored) and card commands.</summary>
public sealed record TriggerDefinition
{
    public IReadOnlyList<string> Utterances { get; init; } = [];

    /// <summary>Values of <c>command</c> in an Action.Submit's data (menu buttons).</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];
}
