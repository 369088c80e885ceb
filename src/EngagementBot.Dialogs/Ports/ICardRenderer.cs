using System.Text.Json.Nodes;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// Binds a card template to data and returns the Adaptive Card JSON (the cards binder implements it).
/// Templates the engine uses, and the data it gives them (as <c>cards/README.md</c> defines them):
/// <list type="bullet">
/// <item><c>prompt-choice</c>: <c>{ prompt, question, choices: [{ title, value }] }</c>; a button submits
/// <c>{ command: "choice", prompt, value }</c> (<c>answer</c>, <c>value</c>, <c>choice</c> or the question id are all read).</item>
/// <item><c>form</c>: <c>{ form, title, intro?, fields: [{ kind: text|choice|date|time, id, label, required, choices? }], submitTitle }</c>
/// (yes/no is a choice of Yes / No);
/// the submit returns <c>{ command: "submit", form, …each input under its id }</c>; its cancel button sends <c>{ command: "cancel", form }</c>.</item>
/// <item><c>summary</c>: <c>{ title, facts: [{ label, value }], note? }</c>.</item>
/// </list>
/// <c>prompt</c> and <c>form</c> are <c>dialogId.answerPath</c>, so a press on an earlier question's card is recognised.
/// All strings are plain text, and answers are the user's own words: the adapter escapes markdown in
/// displayed strings (question, title, label, facts, note) before binding.
/// </summary>
public interface ICardRenderer
{
    string Render(string templateId, JsonNode data);
}

/// <summary>The template ids the engine renders.</summary>
public static class CardTemplates
{
    public const string PromptChoice = "prompt-choice";
    public const string Form = "form";
    public const string Summary = "summary";
}
