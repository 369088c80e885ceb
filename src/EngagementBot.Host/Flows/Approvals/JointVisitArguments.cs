using System.Text.Json;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// What a <c>request-joint-visit</c> step asks about, read from the dialog's answers. The step's
/// <c>arguments</c> name answer paths (<c>stepId</c> or <c>stepId.key</c>); every one is optional, and
/// a path that is not named falls back to the usual places:
/// <code>
/// "arguments": {
///   "caseReference": "caseRef",   // text; default paths caseRef, caseReference, case
///   "risk": "risk",               // the assess-risk output: its levelText (or level) and its factors' text;
///                                 // or plain text (the level). Default paths risk, assess
///   "plan": "save",               // the save-plan output: its planId (or id); or plain text. Default path plan
///   "riskLevel": "…",             // text, overrides what "risk" gives
///   "reason": "…",                // text or a list, overrides the factors
///   "planId": "…"                 // text, overrides what "plan" gives
/// }
/// </code>
/// A list (of text, or of objects with a <c>text</c>, <c>title</c> or <c>label</c>) is joined with "; ".
/// Other arguments (e.g. <c>jointVisit</c>) are ignored.
/// </summary>
public sealed record JointVisitArguments(string? CaseReference, string? RiskLevel, string? Reason, string? PlanId)
{
    public const int MaxTextLength = 300;

    private static readonly string[] CaseDefaults = ["caseRef", "caseReference", "case"];
    private static readonly string[] RiskDefaults = ["risk", "assess"];
    private static readonly string[] PlanDefaults = ["plan"];
    private static readonly string[] ItemTextFields = ["text", "title", "label"];

    public static JointVisitArguments Read(JsonElement answers, JsonElement? arguments)
    {
        var risk = Answer(answers, arguments, "risk", RiskDefaults);
        var plan = Answer(answers, arguments, "plan", PlanDefaults);
        return new JointVisitArguments(
            Text(Answer(answers, arguments, "caseReference", CaseDefaults))?.ToUpperInvariant(),
            Text(Answer(answers, arguments, "riskLevel", [])) ?? Field(risk, "levelText", "level") ?? Scalar(risk),
            Text(Answer(answers, arguments, "reason", [])) ?? Field(risk, "factors", "reasons"),
            Text(Answer(answers, arguments, "planId", [])) ?? Field(plan, "planId", "id") ?? Scalar(plan));
    }

    /// <summary>The answer at the path the argument names; when it names none, at the first default path answered.</summary>
    private static JsonElement? Answer(JsonElement answers, JsonElement? arguments, string name, string[] defaults) =>
        arguments is { ValueKind: JsonValueKind.Object } given && given.TryGetProperty(name, out var path) && path.ValueKind == JsonValueKind.String
            ? At(answers, path.GetString()!)
            : defaults.Select(p => At(answers, p)).FirstOrDefault(value => value is not null);

    private static JsonElement? At(JsonElement answers, string path)
    {
        var current = answers;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    private static string? Field(JsonElement? value, params string[] names) =>
        value is { ValueKind: JsonValueKind.Object } obj
            ? names.Select(name => obj.TryGetProperty(name, out var field) ? Text(field) : null).FirstOrDefault(text => text is not null)
            : null;

    private static string? Scalar(JsonElement? value) => value is { ValueKind: not JsonValueKind.Object } ? Text(value) : null;

    private static string? Text(JsonElement? value)
    {
        var text = value switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            { ValueKind: JsonValueKind.Array } list => string.Join("; ", list.EnumerateArray().Select(Item).OfType<string>()),
            _ => null,
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null
            : text.Length > MaxTextLength ? text[..MaxTextLength] + "…"
            : text;
    }

    private static string? Item(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Number => item.GetRawText(),
        JsonValueKind.Object => ItemTextFields
            .Select(name => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)),
        _ => null,
    };

    // Case references and reasons never go to logs, even by accident.
    public override string ToString() => $"JointVisitArguments(case: {CaseReference is not null}, risk: {RiskLevel is not null})";
}
