using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Templating;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// Checks one definition's meaning once its shape is right: ids, options, ranges, form fields,
/// branch targets and conditions, and that answers named in text are of earlier steps.
/// </summary>
internal static partial class DefinitionValidator
{
    public const string EndTarget = "end";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    public static void Validate(string source, DialogDefinition definition, List<string> problems)
    {
        if (!IdPattern().IsMatch(definition.Id))
        {
            problems.Add($"{source}: dialog id '{definition.Id}' must start with a letter and use only letters, digits, '-' and '_'");
        }

        if (definition.Steps.Count == 0)
        {
            problems.Add($"{source}: a dialog needs at least one step");
        }

        if (definition.MaxAttempts < 1)
        {
            problems.Add($"{source}: maxAttempts must be 1 or more");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            var step = definition.Steps[i];
            var where = $"{source}: step '{step.Id}'";
            if (!IdPattern().IsMatch(step.Id) || step.Id == EndTarget)
            {
                problems.Add($"{where}: a step id must start with a letter, use only letters, digits, '-' and '_', and not be '{EndTarget}'");
            }

            if (!seen.TryAdd(step.Id, i))
            {
                problems.Add($"{where}: the id is used by more than one step");
            }

            ValidateStep(where, step, definition, seen, problems);
        }
    }

    private static void ValidateStep(string where, StepDefinition step, DialogDefinition definition, Dictionary<string, int> earlier, List<string> problems)
    {
        if (step.Prompt is { } prompt && string.IsNullOrWhiteSpace(prompt.Text) && string.IsNullOrWhiteSpace(prompt.Card))
        {
            problems.Add($"{where}: a prompt needs text or a card");
        }

        if (StepKinds.IsSingleQuestion(step.Kind) && string.IsNullOrWhiteSpace(step.Prompt?.Text))
        {
            problems.Add($"{where}: the prompt needs text (also used when the question is asked again and in help)");
        }

        foreach (var text in new[] { step.Prompt?.Text, step.Title, step.Note, step.Text }.Concat(step.Facts?.Select(f => f.Value) ?? []))
        {
            foreach (var path in AnswerTemplate.Paths(text))
            {
                CheckPath(where, path, step.Id, earlier, problems);
            }
        }

        switch (step.Kind)
        {
            case StepKind.Choice when step.OptionsFrom is not null:
                if (step.Options is not null || !IdPattern().IsMatch(step.OptionsFrom))
                {
                    problems.Add($"{where}: 'optionsFrom' names a list (letters, digits, '-' and '_') and replaces 'options'; give one of them");
                }

                break;
            case StepKind.Choice:
                ValidateOptions(where, step.Options, problems);
                break;
            case StepKind.Number when step.Min > step.Max:
                problems.Add($"{where}: min is greater than max");
                break;
            case StepKind.Text when step.MaxLength is < 1:
                problems.Add($"{where}: maxLength must be 1 or more");
                break;
            case StepKind.DateTime when step.After is { } after:
                if (!earlier.TryGetValue(after, out var index) || after == step.Id || definition.Steps[index].Kind != StepKind.DateTime)
                {
                    problems.Add($"{where}: 'after' must name an earlier dateTime step");
                }

                break;
            case StepKind.Form:
                ValidateFields(where, step.Fields ?? [], problems);
                break;
            case StepKind.Branch:
                ValidateTarget(where, "goto", step.Goto, definition, problems);
                ValidateTarget(where, "else", step.Else, definition, problems);
                ValidateCondition(where, step.If!, step.Id, earlier, problems);
                break;
            case StepKind.PackQuestions:
                ValidatePackQuestions(where, step, problems);
                break;
            case StepKind.PackPath when step.Graph is null || !IdPattern().IsMatch(step.Graph):
                problems.Add($"{where}: 'graph' names one of the pack's graphs (letters, digits, '-' and '_')");
                break;
            case StepKind.Action when string.IsNullOrWhiteSpace(step.Action):
                problems.Add($"{where}: 'action' is empty");
                break;
            case StepKind.Message when string.IsNullOrWhiteSpace(step.Text):
                problems.Add($"{where}: 'text' is empty");
                break;
            case StepKind.Summary when (step.Facts ?? []).Any(f => string.IsNullOrWhiteSpace(f.Label) || string.IsNullOrWhiteSpace(f.Value)):
                problems.Add($"{where}: every fact needs a label and a value");
                break;
        }
    }

    private static void ValidatePackQuestions(string where, StepDefinition step, List<string> problems)
    {
        if ((step.Group is null) == (step.Groups is null))
        {
            problems.Add($"{where}: name the pack questions with either 'group' or 'groups' (not both)");
        }
        else if (step.PackGroups.Count == 0 || step.PackGroups.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{where}: a group name is empty");
        }

        foreach (var duplicate in step.PackGroups.GroupBy(g => g, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{where}: group '{duplicate.Key}' is listed twice");
        }

        if (step.AsForm != true && (step.Title is not null || step.SubmitTitle is not null))
        {
            problems.Add($"{where}: 'title' and 'submitTitle' are for questions shown as a form (\"asForm\": true)");
        }
    }

    private static void ValidateOptions(string where, IReadOnlyList<ChoiceOption>? options, List<string> problems)
    {
        if (options is null || options.Count == 0)
        {
            problems.Add($"{where}: a choice needs options");
            return;
        }

        if (options.Any(o => string.IsNullOrWhiteSpace(o.Value) || string.IsNullOrWhiteSpace(o.Title)))
        {
            problems.Add($"{where}: every option needs a value and a title");
        }

        foreach (var duplicate in options.GroupBy(o => o.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{where}: option value '{duplicate.Key}' is used twice");
        }
    }

    private static void ValidateFields(string where, IReadOnlyList<FormField> fields, List<string> problems)
    {
        if (fields.Count == 0)
        {
            problems.Add($"{where}: a form needs at least one field");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var at = $"{where} field '{field.Id}'";
            if (!IdPattern().IsMatch(field.Id) || !ids.Add(field.Id))
            {
                problems.Add($"{at}: field ids must be unique, start with a letter and use only letters, digits, '-' and '_'");
            }

            if (!StepPropertyRules.FieldKinds.Contains(field.Kind))
            {
                problems.Add($"{at} has unknown kind '{field.Kind}'; expected one of: {string.Join(", ", StepPropertyRules.FieldKinds)}");
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                problems.Add($"{at}: the label is empty");
            }

            if (field.Kind == "choice")
            {
                ValidateOptions(at, field.Options, problems);
            }
            else if (field.Options is not null)
            {
                problems.Add($"{at}: only choice fields have options");
            }

            if (field.Min > field.Max)
            {
                problems.Add($"{at}: min is greater than max");
            }
        }
    }

    private static void ValidateTarget(string where, string name, string? target, DialogDefinition definition, List<string> problems)
    {
        if (target is not null && target != EndTarget && definition.Steps.All(s => s.Id != target))
        {
            problems.Add($"{where}: '{name}' names step '{target}', which this dialog does not have (use a step id or '{EndTarget}')");
        }
    }

    private static void ValidateCondition(string where, Condition condition, string stepId, Dictionary<string, int> earlier, List<string> problems)
    {
        if (condition.Answer is not null)
        {
            if (condition.CombinatorCount > 0 || condition.OperatorCount != 1)
            {
                problems.Add($"{where}: a condition on '{condition.Answer}' needs exactly one of equals, notEquals, in, greaterThan, lessThan, atLeast, atMost, exists");
            }

            CheckPath(where, condition.Answer, stepId, earlier, problems);
            return;
        }

        if (condition.CombinatorCount != 1 || condition.OperatorCount > 0)
        {
            problems.Add($"{where}: a condition is either {{answer, <operator>}} or exactly one of all, any, not");
            return;
        }

        foreach (var inner in (condition.All ?? []).Concat(condition.Any ?? []).Concat(condition.Not is null ? [] : [condition.Not]))
        {
            ValidateCondition(where, inner, stepId, earlier, problems);
        }
    }

    /// <summary>An answer path must start with the id of a step before this one (its answer exists by then).</summary>
    private static void CheckPath(string where, string path, string stepId, Dictionary<string, int> earlier, List<string> problems)
    {
        var root = path.Split('.')[0];
        if (!earlier.ContainsKey(root) || root == stepId)
        {
            problems.Add($"{where}: '{path}' does not name an earlier step's answer");
        }
    }
}
