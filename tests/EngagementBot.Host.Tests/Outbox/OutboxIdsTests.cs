using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Tests.Outbox;

public sealed class OutboxIdsTests
{
    [Fact]
    public void For_SameParts_SameId()
    {
        Assert.Equal(OutboxIds.For("approval", "42", "card"), OutboxIds.For("approval", "42", "card"));
    }

    [Theory]
    [InlineData("approval", "42", "mail")]
    [InlineData("approval", "43", "card")]
    [InlineData("approval42", "", "card")]
    public void For_DifferentParts_DifferentIds(string a, string b, string c)
    {
        Assert.NotEqual(OutboxIds.For("approval", "42", "card"), OutboxIds.For(a, b, c));
    }

    [Fact]
    public void For_AnyParts_IsAVersion8Uuid()
    {
        var text = OutboxIds.For("x").ToString("D");

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
