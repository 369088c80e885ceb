using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Steps answered with one form card: a <c>form</c> (its fields) and <c>packQuestions</c> with
/// <c>asForm</c> (the pack's questions, as fetched for this run). Both are a list of questions shown as
/// the inputs of the form template while the card is out (part null); typed instead, the same questions
/// are asked one at a time (parts 0, 1, 2…).
/// </summary>
internal static class FormSteps
{
    public static bool ShowsCard(StepDefinition step) =>
        step.Kind == StepKind.Form || step is { Kind: StepKind.PackQuestions, AsForm: true };

    /// <summary>The inputs of the card, in order, each with the label it shows.</summary>
    public static IReadOnlyList<FormInput> Inputs(DialogFrame frame, StepDefinition step) => step.Kind switch
    {
        StepKind.Form => [.. step.Fields!.Select(f => new FormInput(QuestionResolver.FromField(step, f), f.Label))],
        StepKind.PackQuestions when frame.PackQuestions.TryGetValue(step.Id, out var questions)
            => [.. questions.Select(q => new FormInput(QuestionResolver.FromPack(step, q), q.Text))],
        _ => [],
    };

    public static string Title(StepDefinition step) => step.Title ?? step.Label ?? Messages.PackFormTitle;

    public static string SubmitTitle(StepDefinition step) => step.SubmitTitle ?? Messages.SubmitTitle;

    /// <summary>Whether "skip" may leave the whole card blank: every input is optional.</summary>
    public static bool AllOptional(DialogFrame frame, StepDefinition step) => Inputs(frame, step).All(i => !i.Question.Required);
}

/// <summary>One input of a form card: the question it answers (its key is the input id) and the label on the card.</summary>
internal sealed record FormInput(Question Question, string Label);
