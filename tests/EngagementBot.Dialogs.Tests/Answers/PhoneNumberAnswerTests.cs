using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Answers.Kinds;

namespace EngagementBot.Dialogs.Tests.Answers;

public class PhoneNumberAnswerTests
{
    private static readonly Question Optional = new() { Path = "phone", Kind = AnswerKind.PhoneNumber, Text = "Mobile?", Required = false };

    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData(" 07700-900-123 ", "07700900123")]
    [InlineData("(029) 2034 5678", "02920345678")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+353.87.123.4567", "+353871234567")]
    public void Interpret_PlausibleNumber_StoresTheDigits(string typed, string stored)
    {
        var result = new PhoneNumberAnswer().Interpret(Optional, typed);

        Assert.True(result.Accepted);
        Assert.Equal(stored, result.Value.GetString());
    }

    [Theory]
    [InlineData("ring the office")]
    [InlineData("0770 09")]
    [InlineData("077009001234567")]
    [InlineData("7700 900123")]
    [InlineData("07700 9001x3")]
    [InlineData("07700+900123")]
    [InlineData("+44 12")]
    public void Interpret_NotAPhoneNumber_RefusedKindlyWithoutRepeatingIt(string typed)
    {
        var result = new PhoneNumberAnswer().Interpret(Optional, typed);

        Assert.False(result.Accepted);
        Assert.Equal("I couldn't read that as a phone number. Could you type just the number, like 07700 900123? Or say \"skip\".", result.Problem);
    }

    [Fact]
    public void Interpret_RequiredQuestion_DoesNotOfferSkip()
    {
        var required = Optional with { Required = true };

        var result = new PhoneNumberAnswer().Interpret(required, "no idea");

        Assert.DoesNotContain("skip", result.Problem, StringComparison.Ordinal);
    }
}
