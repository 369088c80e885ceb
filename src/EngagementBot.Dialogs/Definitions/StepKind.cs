namespace EngagementBot.Dialogs.Definitions;

/// <summary>What a step does. The JSON names are the camel-case names (<c>yesNo</c>, <c>packQuestions</c>…).</summary>
public enum StepKind
{
    Text,
    YesNo,
    Choice,
    Number,
    DateTime,
    CaseReference,
    PhoneNumber,
    Form,
    Branch,
    PackQuestions,
    PackPath,
    Action,
    BeginDialog,
    Summary,
    Message,
}

public static class StepKinds
{
    private static readonly Dictionary<string, StepKind> ByName =
        Enum.GetValues<StepKind>().ToDictionary(JsonName, k => k, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out StepKind kind) => ByName.TryGetValue(name ?? "", out kind);

    public static string JsonName(StepKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Kinds that put one question to the user and wait for the answer.</summary>
    public static bool IsSingleQuestion(StepKind kind) =>
        kind is StepKind.Text or StepKind.YesNo or StepKind.Choice or StepKind.Number or StepKind.DateTime or StepKind.CaseReference
            or StepKind.PhoneNumber;
}
