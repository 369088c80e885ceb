using System.Text;
using System.Text.Json;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>
/// A phone number someone could ring: digits with the usual separators (spaces, dashes, dots,
/// brackets) and an optional leading <c>+</c>; 10 or 11 digits from a leading 0, or 8 to 15 after a
/// <c>+</c>. Stored as digits only (with the <c>+</c>), so every reader dials the same thing.
/// Anything else is refused kindly, without repeating it back.
/// </summary>
internal sealed class PhoneNumberAnswer : IAnswerKind
{
    private const string Example = "07700 900123";

    public AnswerKind Kind => AnswerKind.PhoneNumber;

    public AnswerResult Interpret(Question question, string text)
    {
        var number = Digits(text);
        return number is null
            ? AnswerResult.Reject($"I couldn't read that as a phone number. Could you type just the number, like {Example}?{SkipHint(question)}")
            : AnswerResult.Accept(number);
    }

    public string HowToAnswer(Question question) => $"Type the number only, like {Example} or +44 7700 900123.";

    public string Display(Question question, JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString();

    /// <summary>The number as digits (and a leading +), or null when it is not a plausible phone number.</summary>
    private static string? Digits(string text)
    {
        var trimmed = text.Trim();
        var digits = new StringBuilder(trimmed.Length);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        var plausible = number.StartsWith('+')
            ? number.Length - 1 is >= 8 and <= 15
            : number.StartsWith('0') && number.Length is 10 or 11;
        return plausible ? number : null;
    }

    private static string SkipHint(Question question) => question.Required ? string.Empty : " Or say \"skip\".";
}
