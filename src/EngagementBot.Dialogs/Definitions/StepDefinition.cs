using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// One step of a dialog. A flat record: which properties apply depends on <see cref="KindName"/>
/// (the loader and <c>dialog.schema.json</c> enforce it). The step's answer is stored under <see cref="Id"/>.
/// </summary>
public sealed record StepDefinition
{
    public string Id { get; init; } = "";

    [JsonPropertyName("kind")]
    public string KindName { get; init; } = "";

    /// <summary>Valid once the loader has accepted the definition.</summary>
    [JsonIgnore]
    public StepKind Kind => StepKinds.TryParse(KindName, out var kind) ? kind : throw new InvalidOperationException($"unknown step kind '{KindName}'");

    /// <summary>Short name of the answer in summaries and help ("Visit time").</summary>
    public string? Label { get; init; }

    public PromptDefinition? Prompt { get; init; }

    /// <summary>Explains the question when the user says "help".</summary>
    public string? Help { get; init; }

    /// <summary>Optional questions can be skipped ("skip"). Default: required.</summary>
    public bool? Required { get; init; }

    /// <summary>
    /// yesNo: a question the user may leave unanswered (an offer at the end of a dialog). A typed reply that
    /// is not an answer ends the dialog quietly and is handled as if no dialog were running, so "arrived"
    /// after a plan checks the worker in instead of being asked for a yes or no again.
    /// </summary>
    public bool? Ignorable { get; init; }

    // choice
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    /// <summary>choice: the name of a list the deployment supplies (e.g. <c>threateningBehaviours</c>), instead of <see cref="Options"/>.</summary>
    public string? OptionsFrom { get; init; }

    /// <summary>choice: several options may be chosen; the answer is an array of values.</summary>
    public bool? Multiple { get; init; }

    // number
    public int? Min { get; init; }

    public int? Max { get; init; }

    // text
    public int? MaxLength { get; init; }

    // dateTime
    public DateTimeConstraint? Constraint { get; init; }

    /// <summary><c>day</c> accepts a date alone; <c>minute</c> (default) needs a time too.</summary>
    public DateTimePrecision? Precision { get; init; }

    /// <summary>dateTime: send a card with a date and a time input as well as accepting typed text.</summary>
    public bool? OfferCard { get; init; }

    /// <summary>dateTime: the id of an earlier dateTime step this answer must come after (a return after the visit starts).</summary>
    public string? After { get; init; }

    // form, summary, packQuestions shown as a form
    public string? Title { get; init; }

    // form, packQuestions shown as a form
    public string? SubmitTitle { get; init; }

    public IReadOnlyList<FormField>? Fields { get; init; }

    // branch
    public Condition? If { get; init; }

    /// <summary>Step id to go to when <see cref="If"/> holds, or <c>end</c>.</summary>
    public string? Goto { get; init; }

    /// <summary>Step id to go to otherwise (default: the next step), or <c>end</c>.</summary>
    public string? Else { get; init; }

    // packQuestions
    public string? Group { get; init; }

    /// <summary>Several pack groups asked together, in this order (instead of <see cref="Group"/>).</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>packQuestions: ask them all on one form card (typed answers still work, one question at a time).</summary>
    public bool? AsForm { get; init; }

    // packPath
    /// <summary>packPath: which graph of the active pack is walked (e.g. <c>escalation</c>).</summary>
    public string? Graph { get; init; }

    // action
    public string? Action { get; init; }

    public JsonElement? Arguments { get; init; }

    // beginDialog
    public string? Dialog { get; init; }

    // summary
    public IReadOnlyList<SummaryFact>? Facts { get; init; }

    public string? Note { get; init; }

    // message
    public string? Text { get; init; }

    [JsonIgnore]
    public bool IsRequired => Required ?? true;

    /// <summary>packQuestions: the pack groups asked, in order (<see cref="Groups"/>, or <see cref="Group"/> alone).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> PackGroups => Groups ?? (Group is null ? [] : [Group]);
}

/// <summary>Whether a date/time answer must lie ahead, behind, or either.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateTimeConstraint>))]
public enum DateTimeConstraint
{
    Any,
    Future,
    Past,
}

[JsonConverter(typeof(JsonStringEnumConverter<DateTimePrecision>))]
public enum DateTimePrecision
{
    Minute,
    Day,
}
