namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// Which properties each step kind requires and allows: the one table the loader checks raw JSON
/// against (and that <c>dialogs/dialog.schema.json</c> mirrors), so a typo or a property of the
/// wrong kind is an error instead of being silently ignored.
/// </summary>
internal static class StepPropertyRules
{
    private static readonly string[] Question = ["label", "help", "required"];

    private static readonly Dictionary<StepKind, (string[] Required, string[] Optional)> Rules = new()
    {
        [StepKind.Text] = (["prompt"], [.. Question, "maxLength"]),
        [StepKind.YesNo] = (["prompt"], [.. Question, "ignorable"]),
        [StepKind.Choice] = (["prompt"], [.. Question, "options", "optionsFrom", "multiple"]),
        [StepKind.Number] = (["prompt"], [.. Question, "min", "max"]),
        [StepKind.DateTime] = (["prompt"], [.. Question, "constraint", "precision", "offerCard", "after"]),
        [StepKind.CaseReference] = (["prompt"], Question),
        [StepKind.PhoneNumber] = (["prompt"], Question),
        [StepKind.Form] = (["title", "fields"], ["label", "help", "submitTitle"]),
        [StepKind.Branch] = (["if", "goto"], ["else"]),
        [StepKind.PackQuestions] = ([], ["group", "groups", "label", "help", "prompt", "asForm", "title", "submitTitle"]),
        [StepKind.PackPath] = (["graph"], ["label", "help", "prompt"]),
        [StepKind.Action] = (["action"], ["arguments"]),
        [StepKind.BeginDialog] = (["dialog"], ["label"]),
        [StepKind.Summary] = (["title"], ["facts", "note"]),
        [StepKind.Message] = (["text"], []),
    };

    public static readonly string[] DialogRequired = ["id", "steps"];

    public static readonly string[] DialogOptional = ["$schema", "title", "description", "maxAttempts", "triggers", "completion"];

    public static readonly string[] FieldRequired = ["id", "kind", "label"];

    public static readonly string[] FieldOptional = ["prompt", "help", "options", "required", "min", "max"];

    public static readonly string[] FieldKinds = ["text", "yesNo", "choice", "number", "date", "time"];

    public static (string[] Required, string[] Optional) For(StepKind kind) => Rules[kind];
}
