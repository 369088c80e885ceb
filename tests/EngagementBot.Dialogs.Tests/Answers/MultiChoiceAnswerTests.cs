using System.Text.Json;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Answers.Kinds;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Tests.Answers;

public class MultiChoiceAnswerTests
{
    private static readonly Question Behaviours = new()
    {
        Path = "what",
        Kind = AnswerKind.Choices,
        Text = "What happened?",
        Options =
        [
            new() { Value = "shouting", Title = "Shouting" },
            new() { Value = "swearing", Title = "Swearing" },
            new() { Value = "calls", Title = "Bombarding with calls and messages" },
            new() { Value = "remarks", Title = "Racist, sexual or homophobic remarks" },
            new() { Value = "threat-to-kill", Title = "Threat to kill", Synonyms = ["threatened to kill me"] },
        ],
    };

    private readonly MultiChoiceAnswer _kind = new();

    [Theory]
    [InlineData("1, 3 and 5", new[] { "shouting", "calls", "threat-to-kill" })]
    [InlineData("shouting, swearing", new[] { "shouting", "swearing" })]
    [InlineData("swearing and shouting", new[] { "shouting", "swearing" })]
    [InlineData("2 4", new[] { "swearing", "remarks" })]
    [InlineData("Bombarding with calls and messages", new[] { "calls" })]
    [InlineData("threatened to kill me; 1", new[] { "shouting", "threat-to-kill" })]
    [InlineData("shouting, shouting", new[] { "shouting" })]
    [InlineData("swearing,threat-to-kill", new[] { "swearing", "threat-to-kill" })]
    public void Interpret_List_StoresValuesInOptionOrderOnce(string text, string[] expected)
    {
        var result = _kind.Interpret(Behaviours, text);

        Assert.True(result.Accepted, result.Problem);
        Assert.Equal(expected, result.Value.EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None of these")]
    [InlineData("")]
    public void Interpret_None_StoresAnEmptyList(string text)
    {
        var result = _kind.Interpret(Behaviours, text);

        Assert.True(result.Accepted);
        Assert.Equal(JsonValueKind.Array, result.Value.ValueKind);
        Assert.Equal(0, result.Value.GetArrayLength());
    }

    [Fact]
    public void Interpret_TypedNumbers_ConfirmsWhatWasUnderstood()
    {
        var result = _kind.Interpret(Behaviours, "1 and 2");

        Assert.Equal("Shouting and Swearing", result.Understood);
    }

    [Fact]
    public void Interpret_ValuesFromACard_NeedNoConfirmation()
    {
        var result = _kind.Interpret(Behaviours, "shouting,swearing");

        Assert.Null(result.Understood);
    }

    [Theory]
    [InlineData("shouting, juggling", "juggling")]
    [InlineData("1, 9", "9")]
    public void Interpret_UnknownPiece_NamesItAndSaysHowToAnswer(string text, string unknown)
    {
        var result = _kind.Interpret(Behaviours, text);

        Assert.False(result.Accepted);
        Assert.Contains($"\"{unknown}\"", result.Problem, StringComparison.Ordinal);
        Assert.Contains("\"none\"", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_StoredValues_TitlesJoinedWithAnd()
    {
        var shown = _kind.Display(Behaviours, JsonSerializer.SerializeToElement(new[] { "shouting", "calls", "threat-to-kill" }));

        Assert.Equal("Shouting, Bombarding with calls and messages and Threat to kill", shown);
    }

    [Fact]
    public void Display_SentenceTitles_ListedAsSentencesWithoutAnd()
    {
        var question = Behaviours with
        {
            Options =
            [
                new() { Value = "not-real", Title = "It isn't real." },
                new() { Value = "late", Title = "Often late" },
            ],
        };

        var shown = _kind.Display(question, JsonSerializer.SerializeToElement(new[] { "not-real", "late" }));

        Assert.Equal("It isn't real. Often late.", shown);
    }

    [Fact]
    public void Display_EmptyList_IsNone() =>
        Assert.Equal("None", _kind.Display(Behaviours, JsonSerializer.SerializeToElement(Array.Empty<string>())));
}
