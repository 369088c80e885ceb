using System.Text;
using System.Text.Json.Nodes;
using EngagementBot.Connector.Turns.Invoke;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Tests.Turns.Invoke;

public sealed class InvokeResponsesTests
{
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[]}""";

    [Fact]
    public void Card_Always_ReplacesCardWithStatus200()
    {
        var response = InvokeResponses.Card(Card);

        Assert.Equal(200, response.Status);
        AssertBody(response, """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","body":[]}}""");
    }

    [Fact]
    public void Message_Always_IsActivityMessageWithText()
    {
        AssertBody(InvokeResponses.Message("Approved."), """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Approved."}""");
    }

    [Theory]
    [InlineData(400, 400)]
    [InlineData(403, 400)]
    [InlineData(500, 500)]
    [InlineData(503, 500)]
    public void Error_StatusCode_IsErrorWith400Or500(int requested, int expected)
    {
        var response = InvokeResponses.Error(requested, "Only the named manager can decide.");

        Assert.Equal(200, response.Status);
        AssertBody(response, $$$"""{"statusCode":{{{expected}}},"type":"application/vnd.microsoft.error","value":{"code":"{{{expected}}}","message":"Only the named manager can decide."}}""");
    }

    [Fact]
    public void FromResult_CardResult_IsCardResponse()
    {
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, InvokeResponses.FromResult(CardActionResult.Card(Card)).Body.Type);
    }

    [Fact]
    public void FromResult_InfoResult_IsMessageResponse()
    {
        var response = InvokeResponses.FromResult(CardActionResult.Info("Already decided."));

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Body.Type);
        Assert.Equal("Already decided.", response.Body.Value.GetString());
    }

    [Fact]
    public void FromResult_ErrorResult_IsErrorResponseWithMessage()
    {
        var response = InvokeResponses.FromResult(CardActionResult.Error(400, "Not allowed."));

        Assert.Equal(400, response.Body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, response.Body.Type);
        Assert.Equal("Not allowed.", response.Body.Value.GetProperty("message").GetString());
    }

    [Fact]
    public void FromResult_SuccessWithNothing_IsNeverAnEmptyBody()
    {
        var response = InvokeResponses.FromResult(new CardActionResult(200, null, null));

        Assert.Equal(500, response.Body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, response.Body.Type);
        Assert.NotEmpty(response.SerializeBody());
    }

    private static void AssertBody(InvokeResponse response, string expectedJson)
    {
        var actual = JsonNode.Parse(Encoding.UTF8.GetString(response.SerializeBody()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), actual), actual!.ToJsonString());
    }
}
