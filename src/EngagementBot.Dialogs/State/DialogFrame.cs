using System.Collections.Immutable;
using System.Text.Json;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.State;

/// <summary>
/// One running dialog: which definition (and its version, so a changed definition is never resumed),
/// where it is (<see cref="Step"/>, and <see cref="Part"/> inside a form asked field by field or a
/// set of pack questions), its answers by step id, and the questions answered so far in order (for "back").
/// </summary>
internal sealed record DialogFrame
{
    public required string DialogId { get; init; }

    public required string Version { get; init; }

    /// <summary>Unique per run; actions use it to be idempotent.</summary>
    public required string InstanceId { get; init; }

    public int Step { get; init; }

    /// <summary>Form: null while the card is out, n while field n is asked on its own. Pack questions: the question index.</summary>
    public int? Part { get; init; }

    /// <summary>Failed answers to the current question.</summary>
    public int Attempts { get; init; }

    public ImmutableDictionary<string, JsonElement> Answers { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    public ImmutableList<StepPosition> History { get; init; } = [];

    /// <summary>The pack questions fetched for each packQuestions step, kept so the run stays consistent.</summary>
    public ImmutableDictionary<string, ImmutableList<PackQuestion>> PackQuestions { get; init; } = ImmutableDictionary<string, ImmutableList<PackQuestion>>.Empty;

    /// <summary>The options fetched for each choice step with <c>optionsFrom</c>, kept so the run stays consistent.</summary>
    public ImmutableDictionary<string, ImmutableList<ChoiceOption>> Options { get; init; } = ImmutableDictionary<string, ImmutableList<ChoiceOption>>.Empty;

    public StepPosition Position => new(Step, Part);

    /// <summary>At <paramref name="position"/>, a new question: no failed attempts yet.</summary>
    public DialogFrame At(StepPosition position) => this with { Step = position.Step, Part = position.Part, Attempts = 0 };
}

/// <summary>A place in a dialog: a step, and the part inside it (form field, pack question) if any.</summary>
internal sealed record StepPosition(int Step, int? Part);
