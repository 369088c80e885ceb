using System.Text.Json;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Approvals;

namespace EngagementBot.Host.Tests.Flows.Approvals;

public sealed class ApprovalCardCommandTests
{
    private const string Id = "6d1f1e55-0000-4000-8000-000000000001";

    [Fact]
    public void Read_InvokeWithVerbAndInputs_ReadsThem()
    {
        var command = ApprovalCardCommand.Read(Turn(TurnKind.CardAction, "decline", $$"""{"approvalId":"{{Id}}","declineReason":"  no staff "}"""));

        Assert.Equal(new ApprovalCardCommand("decline", Guid.Parse(Id), "no staff", null), command);
    }

    [Fact]
    public void Read_SubmitFallback_TakesTheVerbFromCommand()
    {
        var command = ApprovalCardCommand.Read(Turn(TurnKind.CardSubmit, null, $$"""{"command":"name-second-worker","approvalId":"{{Id}}","secondWorker":"Jo"}"""));

        Assert.Equal(new ApprovalCardCommand("name-second-worker", Guid.Parse(Id), null, "Jo"), command);
    }

    [Theory]
    [InlineData(TurnKind.CardAction, "menu", $$"""{"approvalId":"{{Id}}"}""")]
    [InlineData(TurnKind.CardAction, "approve", """{"approvalId":"not-a-guid"}""")]
    [InlineData(TurnKind.CardAction, "approve", """{}""")]
    [InlineData(TurnKind.CardSubmit, null, $$"""{"command":"refresh","approvalId":"{{Id}}"}""")]
    [InlineData(TurnKind.CardSubmit, null, """{"command":"plan"}""")]
    [InlineData(TurnKind.Message, "approve", $$"""{"approvalId":"{{Id}}"}""")]
    public void Read_NotAPressOnAnApprovalCard_ReturnsNull(TurnKind kind, string? verb, string data)
    {
        Assert.Null(ApprovalCardCommand.Read(Turn(kind, verb, data)));
    }

    private static TurnInput Turn(TurnKind kind, string? text, string value) => new(
        kind,
        new ConversationAddress("msteams", "https://service/", "a:1", ConversationKind.Personal, "t", "28:bot", null, "29:u", "aad-u", null, null),
        "activity-1",
        new UserRef("29:u", "aad-u", "U"),
        text,
        JsonDocument.Parse(value).RootElement.Clone(),
        null,
        "en-GB",
        DateTimeOffset.UnixEpoch);
}
