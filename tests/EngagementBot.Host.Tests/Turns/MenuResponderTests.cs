using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Turns;
using Moq;

namespace EngagementBot.Host.Tests.Turns;

public class MenuResponderTests
{
    private const string MenuCard = """{"type":"AdaptiveCard","id":"menu"}""";
    private const string WelcomeCard = """{"type":"AdaptiveCard","id":"welcome"}""";

    private static readonly UserRef Jane = new("29:jane-id", "aad-jane", "Jane Practitioner");

    private readonly Mock<ICardRenderer> _cards = new(MockBehavior.Strict);
    private readonly MenuResponder _menu;

    public MenuResponderTests()
    {
        _cards.Setup(c => c.Render("menu", It.IsAny<JsonNode>())).Returns(MenuCard);
        _cards.Setup(c => c.Render("welcome", It.IsAny<JsonNode>())).Returns(WelcomeCard);
        _menu = new MenuResponder(_cards.Object);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("  good morning. ")]
    [InlineData("menu")]
    [InlineData("help")]
    public async Task RespondAsync_Greeting_RepliesWithTheMenuCardOnly(string text)
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.Message, text: text), CancellationToken.None);

        var reply = Assert.Single(outcome!.Replies);
        Assert.Equal(MenuCard, reply.CardJson);
        Assert.Null(reply.Text);
    }

    [Fact]
    public async Task RespondAsync_UnknownText_SaysKindlyItDidNotUnderstandThenShowsTheMenu()
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.Message, text: "blue elephants"), CancellationToken.None);

        Assert.Collection(
            outcome!.Replies,
            first =>
            {
                Assert.Contains("didn't understand", first.Text, StringComparison.Ordinal);
                Assert.Contains("\"help\"", first.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("blue elephants", first.Text, StringComparison.OrdinalIgnoreCase);
            },
            second => Assert.Equal(MenuCard, second.CardJson));
    }

    [Fact]
    public async Task RespondAsync_InstalledInPersonalChat_SendsTheWelcomeCard()
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.Installed, kind: ConversationKind.Personal), CancellationToken.None);

        var reply = Assert.Single(outcome!.Replies);
        Assert.Equal(WelcomeCard, reply.CardJson);
        _cards.Verify(c => c.Render("welcome", It.IsAny<JsonNode>()), Times.Once);
    }

    [Theory]
    [InlineData(ConversationKind.Channel)]
    [InlineData(ConversationKind.GroupChat)]
    public async Task RespondAsync_InstalledInASharedConversation_SaysWhatItPostsWithoutPersonalData(ConversationKind kind)
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.Installed, kind: kind), CancellationToken.None);

        var reply = Assert.Single(outcome!.Replies);
        Assert.Null(reply.CardJson);
        Assert.Contains("never names or details", reply.Text, StringComparison.Ordinal);
        foreach (var personal in new[] { Jane.Id, Jane.AadObjectId!, "Jane", "Practitioner", "19:team-id", "19:channel-id" })
        {
            Assert.DoesNotContain(personal, reply.Text, StringComparison.OrdinalIgnoreCase);
        }

        _cards.Verify(c => c.Render(It.IsAny<string>(), It.IsAny<JsonNode>()), Times.Never);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("checkin")]
    [InlineData("incident")]
    public async Task RespondAsync_MenuCommandNotBuiltYet_SaysHonestlyItIsNotAvailableYetThenShowsTheMenu(string command)
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.CardSubmit, value: new JsonObject { ["command"] = command }), CancellationToken.None);

        Assert.Collection(
            outcome!.Replies,
            first => Assert.Contains("isn't available yet", first.Text, StringComparison.Ordinal),
            second => Assert.Equal(MenuCard, second.CardJson));
    }

    [Fact]
    public async Task RespondAsync_MenuCommand_ShowsTheMenuWithoutAnApology()
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.CardSubmit, value: new JsonObject { ["command"] = "menu" }), CancellationToken.None);

        var reply = Assert.Single(outcome!.Replies);
        Assert.Equal(MenuCard, reply.CardJson);
    }

    [Fact]
    public async Task RespondAsync_CardActionItDoesNotKnow_AnswersTheInvokeWithAMessage()
    {
        var outcome = await _menu.RespondAsync(Turn(TurnKind.CardAction, text: "approve", value: new JsonObject()), CancellationToken.None);

        Assert.Empty(outcome!.Replies);
        Assert.Equal(200, outcome.CardAction!.StatusCode);
        Assert.Contains("no longer active", outcome.CardAction.Message, StringComparison.Ordinal);
    }

    private static TurnInput Turn(TurnKind turn, string? text = null, JsonObject? value = null, ConversationKind kind = ConversationKind.Personal)
    {
        var shared = kind != ConversationKind.Personal;
        var address = new ConversationAddress(
            "msteams", "https://smba.example/emea/", shared ? "19:channel-id@thread.tacv2" : "a:personal-1", kind, "tenant-1",
            "28:bot-id", "EngagementBot", Jane.Id, Jane.AadObjectId, shared ? "19:team-id" : null, shared ? "19:channel-id" : null);
        var json = value is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(value);
        return new TurnInput(turn, address, "activity-1", Jane, text, json, null, "en-GB", DateTimeOffset.UnixEpoch);
    }
}
