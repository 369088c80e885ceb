using System.Text.Json;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Tests.Engine;

public class GlobalCommandsTests
{
    [Theory]
    [InlineData("SOS", GlobalCommand.Sos)]
    [InlineData("sos - at the house", GlobalCommand.Sos)]
    [InlineData("I need help!", GlobalCommand.Sos)]
    [InlineData("help me", GlobalCommand.Sos)]
    [InlineData("Help me please", GlobalCommand.Sos)]
    [InlineData("emergency", GlobalCommand.Sos)]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("Help?", GlobalCommand.Help)]
    [InlineData("what do you mean?", GlobalCommand.Help)]
    [InlineData("cancel", GlobalCommand.Cancel)]
    [InlineData("Never mind.", GlobalCommand.Cancel)]
    [InlineData("back", GlobalCommand.Back)]
    [InlineData("go back", GlobalCommand.Back)]
    [InlineData("skip", GlobalCommand.Skip)]
    [InlineData("yes", GlobalCommand.None)]
    [InlineData("help with the form", GlobalCommand.None)]
    [InlineData("stop shouting at me", GlobalCommand.None)]
    [InlineData("sosa", GlobalCommand.None)]
    [InlineData("", GlobalCommand.None)]
    public void FromText_WholeMessage_RecognisesCommand(string text, GlobalCommand expected) =>
        Assert.Equal(expected, GlobalCommands.FromText(text));

    [Theory]
    [InlineData("sos", GlobalCommand.Sos)]
    [InlineData("SOS", GlobalCommand.Sos)]
    [InlineData("cancel", GlobalCommand.Cancel)]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("back", GlobalCommand.Back)]
    [InlineData("skip", GlobalCommand.Skip)]
    [InlineData("1", GlobalCommand.None)]
    [InlineData("none", GlobalCommand.None)]
    [InlineData("plan", GlobalCommand.None)]
    [InlineData(null, GlobalCommand.None)]
    public void FromCommand_CardCommand_RecognisesCommand(string? command, GlobalCommand expected) =>
        Assert.Equal(expected, GlobalCommands.FromCommand(command));

    [Fact]
    public void CommandOf_SubmitData_ReadsCommandString()
    {
        Assert.Equal("plan", GlobalCommands.CommandOf(JsonSerializer.SerializeToElement(new { command = "plan" })));
        Assert.Null(GlobalCommands.CommandOf(JsonSerializer.SerializeToElement(new { command = 3 })));
        Assert.Null(GlobalCommands.CommandOf(JsonSerializer.SerializeToElement("plan")));
        Assert.Null(GlobalCommands.CommandOf(null));
    }

    [Theory]
    [InlineData("sos", null, GlobalCommand.Sos)]
    [InlineData(null, "sos", GlobalCommand.Sos)]
    [InlineData("session-left", "SOS", GlobalCommand.Sos)]
    [InlineData(null, "cancel", GlobalCommand.None)]
    [InlineData("help", null, GlobalCommand.None)]
    [InlineData("alert-handle", null, GlobalCommand.None)]
    public void Recognize_ActionExecutePress_OnlySosIsAGlobalCommand(string? verb, string? command, GlobalCommand expected)
    {
        var data = command is null ? JsonSerializer.SerializeToElement(new { }) : JsonSerializer.SerializeToElement(new { command });
        var address = new ConversationAddress("msteams", "https://smba.example", "a:1", ConversationKind.Personal, "t", "28:bot", "Bot", "29:u", "aad-u", null, null);
        var press = new TurnInput(TurnKind.CardAction, address, "act-1", new UserRef("29:u", "aad-u", "U"), verb, data, null, null, DateTimeOffset.UnixEpoch);

        Assert.Equal(expected, GlobalCommands.Recognize(press));
    }
}
