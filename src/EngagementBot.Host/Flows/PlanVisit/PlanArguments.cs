using System.Globalization;
using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Visits;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Reads a plan action's inputs: its <c>arguments</c> name the steps whose answers it needs (so the
/// definition, not the code, decides the step ids), and this finds those answers. A missing argument is a
/// mistake in the definition and throws, naming it.
/// </summary>
internal sealed class PlanArguments(DialogActionContext context)
{
    /// <summary>The step id an argument names.</summary>
    public string Step(string name) =>
        context.Arguments is { ValueKind: JsonValueKind.Object } arguments
        && arguments.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new InvalidOperationException($"Action step '{context.StepId}' of dialog '{context.DialogId}' needs the argument '{name}' (a step id).");

    /// <summary>The step ids an argument names (a list).</summary>
    public IReadOnlyList<string> Steps(string name) =>
        context.Arguments is { ValueKind: JsonValueKind.Object } arguments
        && arguments.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Array
        && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
            : throw new InvalidOperationException($"Action step '{context.StepId}' of dialog '{context.DialogId}' needs the argument '{name}' (a list of step ids).");

    /// <summary>The answer of the step the argument names; null when that step was not answered (skipped, not reached).</summary>
    public JsonElement? Answer(string name) =>
        context.Answers.TryGetProperty(Step(name), out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The plan stored by the save step the argument names (that step's output holds <c>planId</c>).</summary>
    public async Task<VisitPlan> SavedPlanAsync(string name, IVisitPlanStore plans, CancellationToken cancellationToken) =>
        Answer(name) is { ValueKind: JsonValueKind.Object } saved
        && saved.TryGetProperty("planId", out var id) && id.TryGetGuid(out var planId)
        && await plans.FindAsync(planId, cancellationToken) is { } found
            ? found
            : throw new InvalidOperationException($"Action step '{context.StepId}' of dialog '{context.DialogId}' found no saved plan at the step its argument '{name}' names.");

    public string Text(string name) =>
        Answer(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw Missing(name);

    public DateTimeOffset Time(string name) =>
        DateTimeOffset.TryParse(Text(name), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : throw Missing(name);

    /// <summary>The answers of several object-valued steps (forms, pack questions) merged, in order: question id → answer.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Merged(string name) =>
        [.. Steps(name)
            .Select(step => context.Answers.TryGetProperty(step, out var value) ? value : default)
            .Where(value => value.ValueKind == JsonValueKind.Object)
            .SelectMany(value => value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)))];

    private InvalidOperationException Missing(string name) =>
        new($"Action step '{context.StepId}' of dialog '{context.DialogId}' found no usable answer at the step its argument '{name}' names.");
}
