using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Turns;

namespace EngagementBot.Host.Tests.Turns;

public sealed class CardPressAnswersTests
{
    private const string Card = """{"type":"AdaptiveCard"}""";

    private static TurnInput Press(TurnKind kind) => new(
        kind,
        new ConversationAddress("msteams", "https://smba.example", "a:1", ConversationKind.Personal, "t", "28:bot", "Bot", "29:u", "aad-u", null, null),
        "act-1", new UserRef("29:u", "aad-u", "U"), null, null, null, "en-GB", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Message_Invoke_IsABannerInTheInvokeResponse()
    {
        var outcome = CardPressAnswers.Message(Press(TurnKind.CardAction), "Already decided by Megan.");

        Assert.Empty(outcome.Replies);
        Assert.Equal((200, (string?)null, "Already decided by Megan."), (outcome.CardAction!.StatusCode, outcome.CardAction.CardJson, outcome.CardAction.Message));
    }

    [Fact]
    public void Message_Submit_IsAChatMessage()
    {
        var outcome = CardPressAnswers.Message(Press(TurnKind.CardSubmit), "Already decided by Megan.");

        Assert.Null(outcome.CardAction);
        Assert.Equal("Already decided by Megan.", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public void Card_Invoke_IsTheCardInTheInvokeResponse()
    {
        var outcome = CardPressAnswers.Card(Press(TurnKind.CardAction), Card, "unused");

        Assert.Empty(outcome.Replies);
        Assert.Equal(Card, outcome.CardAction!.CardJson);
    }

    [Fact]
    public void Card_Submit_SaysTheOtherwiseText()
    {
        var outcome = CardPressAnswers.Card(Press(TurnKind.CardSubmit), Card, "That card is no longer active.");

        Assert.Equal("That card is no longer active.", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task StatusAsync_Invoke_RendersTheCardWithTheNotice()
    {
        var rendered = 0;

        var outcome = await CardPressAnswers.StatusAsync(Press(TurnKind.CardAction), "You approved it.", () => { rendered++; return Task.FromResult(Card); });

        Assert.Equal(1, rendered);
        Assert.Equal(Card, outcome.CardAction!.CardJson);
    }

    [Fact]
    public async Task StatusAsync_Submit_SaysTheNoticeWithoutRendering()
    {
        var rendered = 0;

        var outcome = await CardPressAnswers.StatusAsync(Press(TurnKind.CardSubmit), "You approved it.", () => { rendered++; return Task.FromResult(Card); });

        Assert.Equal(0, rendered);
        Assert.Equal("You approved it.", Assert.Single(outcome.Replies).Text);
    }
}
