using EngagementBot.Domain.Vocabularies;

namespace EngagementBot.Domain.Tests.Vocabularies;

public sealed class VocabularyTests
{
    public enum Colour
    {
        Red,
        DarkBlue,
    }

    private static Vocabulary<Colour> Colours() => new(
        new VocabularyTerm<Colour>(Colour.Red, "red", "Red"),
        new VocabularyTerm<Colour>(Colour.DarkBlue, "dark-blue", "Dark blue"));

    [Fact]
    public void CodeAndText_EveryValue_ComeFromItsTerm()
    {
        var colours = Colours();

        Assert.Equal("dark-blue", colours.Code(Colour.DarkBlue));
        Assert.Equal("Dark blue", colours.Text(Colour.DarkBlue));
        Assert.Equal([Colour.Red, Colour.DarkBlue], colours.Terms.Select(t => t.Value));
    }

    [Theory]
    [InlineData("red", Colour.Red)]
    [InlineData("dark-blue", Colour.DarkBlue)]
    public void Parse_KnownCode_ReturnsValue(string code, Colour expected)
    {
        Assert.Equal(expected, Colours().Parse(code));
    }

    [Theory]
    [InlineData("Red")]
    [InlineData("blue")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(Colours().TryParse(code, out _));
    }

    [Fact]
    public void Parse_UnknownCode_ThrowsFormatExceptionNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => Colours().Parse("green"));

        Assert.Contains("'green'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValueWithoutTerm_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new Vocabulary<Colour>(new VocabularyTerm<Colour>(Colour.Red, "red", "Red")));

        Assert.Contains("DarkBlue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CodeUsedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary<Colour>(
            new VocabularyTerm<Colour>(Colour.Red, "red", "Red"),
            new VocabularyTerm<Colour>(Colour.DarkBlue, "red", "Dark blue")));
    }

    [Fact]
    public void Constructor_ValueListedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary<Colour>(
            new VocabularyTerm<Colour>(Colour.Red, "red", "Red"),
            new VocabularyTerm<Colour>(Colour.Red, "scarlet", "Scarlet"),
            new VocabularyTerm<Colour>(Colour.DarkBlue, "dark-blue", "Dark blue")));
    }

    [Theory]
    [InlineData("Dark-Blue", "Dark blue")]
    [InlineData("dark blue", "Dark blue")]
    [InlineData("dark-blue", " ")]
    public void Constructor_CodeNotKebabCaseOrBlankText_Throws(string code, string text)
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary<Colour>(
            new VocabularyTerm<Colour>(Colour.Red, "red", "Red"),
            new VocabularyTerm<Colour>(Colour.DarkBlue, code, text)));
    }

    [Fact]
    public void Code_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Colours().Code((Colour)42));
    }
}
