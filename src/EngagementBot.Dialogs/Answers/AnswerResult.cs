using System.Text.Json;

namespace EngagementBot.Dialogs.Answers;

/// <summary>
/// An answer read from what the user typed or submitted: the value to store and, when it differs
/// from what they wrote, what was understood (to confirm it); or the kind words saying what is expected.
/// </summary>
internal sealed record AnswerResult(bool Accepted, JsonElement Value, string? Understood, string? Problem)
{
    public static AnswerResult Accept<T>(T value, string? understood = null) =>
        new(true, JsonSerializer.SerializeToElement(value), understood, null);

    public static AnswerResult Reject(string problem) => new(false, default, null, problem);
}
