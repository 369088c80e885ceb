using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Turns steps into <see cref="Question"/>s: a question step is one question, a form is one per
/// field (when asked by text), a packQuestions step is one per pack question.
/// </summary>
internal static class QuestionResolver
{
    /// <summary>The question asked at a position; null where no single question is asked (a form card, a branch…).</summary>
    public static Question? At(LoadedDialog dialog, DialogFrame frame, StepPosition position)
    {
        var step = dialog.Definition.Steps[position.Step];
        return step.Kind switch
        {
            _ when StepKinds.IsSingleQuestion(step.Kind) => FromStep(step, frame),
            StepKind.Form when position.Part is { } field => FromField(step, step.Fields![field]),
            StepKind.PackQuestions when position.Part is { } index && frame.PackQuestions.TryGetValue(step.Id, out var questions) && index < questions.Count
                => FromPack(step, questions[index]),
            StepKind.PackPath when position.Part is { } index && frame.PackQuestions.TryGetValue(step.Id, out var asked) && index < asked.Count
                => PackPathSteps.Question(step, asked[index]),
            _ => null,
        };
    }

    /// <summary>Where the answer given at a position is stored.</summary>
    public static string PathAt(LoadedDialog dialog, DialogFrame frame, StepPosition position) =>
        At(dialog, frame, position)?.Path ?? dialog.Definition.Steps[position.Step].Id;

    /// <summary>Every question of the dialog in order (pack questions as fetched for this run).</summary>
    public static IEnumerable<Question> All(LoadedDialog dialog, DialogFrame? frame)
    {
        foreach (var step in dialog.Definition.Steps)
        {
            if (StepKinds.IsSingleQuestion(step.Kind))
            {
                yield return FromStep(step, frame);
            }
            else if (step.Kind == StepKind.Form)
            {
                foreach (var field in step.Fields!)
                {
                    yield return FromField(step, field);
                }
            }
            else if (step.Kind == StepKind.PackQuestions && frame is not null && frame.PackQuestions.TryGetValue(step.Id, out var questions))
            {
                foreach (var question in questions)
                {
                    yield return FromPack(step, question);
                }
            }
            else if (step.Kind == StepKind.PackPath && frame is not null && frame.PackQuestions.TryGetValue(step.Id, out var asked))
            {
                foreach (var question in asked)
                {
                    yield return PackPathSteps.Question(step, question);
                }
            }
        }
    }

    /// <summary>The question whose answer is at <paramref name="path"/>, looking into child dialogs; null for action results.</summary>
    public static Question? ForPath(DialogCatalog catalog, LoadedDialog dialog, DialogFrame? frame, string path)
    {
        var direct = All(dialog, frame).FirstOrDefault(q => q.Path == path);
        if (direct is not null)
        {
            return direct;
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var step = dot < 0 ? null : dialog.Definition.Steps.FirstOrDefault(s => s.Id == path[..dot]);
        return step?.Kind == StepKind.BeginDialog && catalog.Find(step.Dialog!) is { } child
            ? ForPath(catalog, child, null, path[(dot + 1)..])
            : null;
    }

    /// <summary>A question step's question; a choice's options are its own or, with <c>optionsFrom</c>, those fetched for this run.</summary>
    public static Question FromStep(StepDefinition step, DialogFrame? frame) => new()
    {
        Path = step.Id,
        Kind = step.Kind switch
        {
            StepKind.Text => AnswerKind.Text,
            StepKind.YesNo => AnswerKind.YesNo,
            StepKind.Choice => step.Multiple == true ? AnswerKind.Choices : AnswerKind.Choice,
            StepKind.Number => AnswerKind.Number,
            StepKind.DateTime => AnswerKind.DateTime,
            StepKind.CaseReference => AnswerKind.CaseReference,
            StepKind.PhoneNumber => AnswerKind.PhoneNumber,
            _ => throw new InvalidOperationException($"step '{step.Id}' does not ask a question"),
        },
        Text = step.Prompt!.Text!,
        Card = step.Prompt.Card is null ? null : step.Prompt,
        Label = step.Label,
        Help = step.Help,
        Options = step.Options ?? frame?.Options.GetValueOrDefault(step.Id) ?? (IReadOnlyList<ChoiceOption>)[],
        Min = step.Min,
        Max = step.Max,
        MaxLength = step.MaxLength,
        Constraint = step.Constraint ?? DateTimeConstraint.Any,
        Precision = step.Precision ?? DateTimePrecision.Minute,
        OfferCard = step.OfferCard ?? false,
        Required = step.IsRequired,
    };

    public static Question FromField(StepDefinition form, FormField field) => new()
    {
        Path = $"{form.Id}.{field.Id}",
        Kind = field.Kind switch
        {
            "text" => AnswerKind.Text,
            "yesNo" => AnswerKind.YesNo,
            "choice" => AnswerKind.Choice,
            "number" => AnswerKind.Number,
            "date" => AnswerKind.Date,
            "time" => AnswerKind.Time,
            _ => throw new InvalidOperationException($"field '{field.Id}' has unknown kind '{field.Kind}'"),
        },
        Text = field.Prompt ?? field.Label,
        Label = field.Label,
        Help = field.Help,
        Options = field.Options ?? [],
        Min = field.Min,
        Max = field.Max,
        Required = field.Required ?? true,
    };

    public static Question FromPack(StepDefinition step, PackQuestion question) => new()
    {
        Path = $"{step.Id}.{question.Id}",
        Kind = question.Kind,
        Text = question.Text,
        Label = question.Label,
        Help = question.Help,
        Options = question.Options ?? [],
        Card = question.Kind is AnswerKind.Choice ? new PromptDefinition { Text = question.Text, Card = CardTemplates.PromptChoice } : null,
    };
}
