using System.Text.Json;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// A <c>packPath</c> step walks a graph of the pack through <see cref="IPackPathSource"/>: part n is the
/// n-th question asked on the walk. The questions asked are kept with the frame (like pack questions), so
/// "back" returns to the previous one; a new answer there forgets every later question and its answer,
/// and the walk is asked again where it goes from the new answer.
/// </summary>
internal static class PackPathSteps
{
    /// <summary>
    /// At the step: asks the question at the current part when it was asked before (after "back"), else
    /// asks the source for the next one, saying the step's prompt (first time only) and the texts on the way. False when the walk has ended and
    /// the step is passed.
    /// </summary>
    public static async Task<bool> AskNextAsync(DialogRuntime runtime, TurnContext context, DialogFrame frame, StepDefinition step)
    {
        var asked = frame.PackQuestions.GetValueOrDefault(step.Id) ?? [];
        var part = frame.Part ?? 0;
        if (part < asked.Count)
        {
            context.ReplaceTop(frame with { Part = part });
            PromptWriter.Ask(runtime, context);
            return true;
        }

        var walked = AnswerStore.Get(frame.Answers, step.Id) ?? JsonSerializer.SerializeToElement(new { });
        var request = new PackPathRequest(step.Graph!, context.Input.From, context.Input.Conversation, AnswerStore.ToElement(frame.Answers), walked);
        var next = await runtime.PackPaths.NextAsync(request, context.Cancellation);
        if (asked.Count == 0 && step.Prompt?.Text is { } intro)
        {
            context.Note(AnswerDisplay.Fill(runtime, runtime.Catalog.Get(frame.DialogId), frame, intro));
        }

        foreach (var text in next.Said)
        {
            context.Note(text);
        }

        if (next.Question is not { } question)
        {
            context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)));
            return false;
        }

        context.ReplaceTop(frame.At(new StepPosition(frame.Step, asked.Count)) with
        {
            PackQuestions = frame.PackQuestions.SetItem(step.Id, asked.Add(question)),
        });
        PromptWriter.Ask(runtime, context);
        return true;
    }

    /// <summary>Before an answer at the current part is stored: forgets the questions asked after it, and their answers.</summary>
    public static DialogFrame ForgetLater(DialogFrame frame, StepDefinition step)
    {
        var asked = frame.PackQuestions.GetValueOrDefault(step.Id) ?? [];
        var keep = (frame.Part ?? 0) + 1;
        if (asked.Count <= keep)
        {
            return frame;
        }

        var answers = frame.Answers;
        foreach (var later in asked.Skip(keep))
        {
            answers = AnswerStore.Remove(answers, $"{step.Id}.{later.Id}");
        }

        return frame with { Answers = answers, PackQuestions = frame.PackQuestions.SetItem(step.Id, asked.RemoveRange(keep, asked.Count - keep)) };
    }

    /// <summary>A walk's question: choices and yes/no are asked with the choice card.</summary>
    public static Question Question(StepDefinition step, PackQuestion question) => new()
    {
        Path = $"{step.Id}.{question.Id}",
        Kind = question.Kind,
        Text = question.Text,
        Label = question.Label,
        Help = question.Help ?? step.Help,
        Options = question.Options ?? [],
        Card = question.Kind is AnswerKind.Choice or AnswerKind.YesNo ? new PromptDefinition { Text = question.Text, Card = CardTemplates.PromptChoice } : null,
    };
}
