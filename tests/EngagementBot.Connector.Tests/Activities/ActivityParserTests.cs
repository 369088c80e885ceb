using System.Text;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Tests.TestSupport;

namespace EngagementBot.Connector.Tests.Activities;

public sealed class ActivityParserTests
{
    [Fact]
    public void Parse_TeamsChannelMessage_ReadsTypedFields()
    {
        var result = ActivityParser.Parse(SampleActivities.TeamsChannelMessage);

        Assert.True(result.IsSuccess);
        var activity = result.Activity!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("19:abc123@thread.tacv2;messageid=1710000000000", activity.Conversation!.Id);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("aad-user-1", activity.From!.AadObjectId);
        Assert.Equal(3, activity.Entities!.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.True(activity.ChannelData.HasValue);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":42}")]
    public void Parse_MalformedJson_ReturnsMalformedJsonFailure(string body)
    {
        var result = ActivityParser.Parse(body);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Activity);
        Assert.Equal(ActivityParseError.MalformedJson, result.Error);
    }

    [Fact]
    public void Parse_EmptyBody_ReturnsEmptyBodyFailure()
    {
        Assert.Equal(ActivityParseError.EmptyBody, ActivityParser.Parse(string.Empty).Error);
        Assert.Equal(ActivityParseError.EmptyBody, ActivityParser.Parse(ReadOnlySpan<byte>.Empty).Error);
    }

    [Theory]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x\"}", ActivityParseError.MissingType)]
    [InlineData("{\"type\":\" \",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x\"}", ActivityParseError.MissingType)]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://x\"}", ActivityParseError.MissingConversationId)]
    [InlineData("{\"type\":\"message\",\"conversation\":{},\"serviceUrl\":\"https://x\"}", ActivityParseError.MissingConversationId)]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", ActivityParseError.MissingServiceUrl)]
    [InlineData("{\"type\":\"invoke\",\"conversation\":{\"id\":\"c\"}}", ActivityParseError.MissingServiceUrl)]
    public void Parse_MissingRequiredField_ReturnsTypedFailure(string body, ActivityParseError expected)
    {
        var result = ActivityParser.Parse(body);

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Parse_ConversationUpdateWithoutServiceUrl_IsAccepted()
    {
        var result = ActivityParser.Parse("{\"type\":\"conversationUpdate\",\"conversation\":{\"id\":\"c\"}}");

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task ParseAsync_StreamWithActivity_ParsesIt()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SampleActivities.PlaygroundPersonalMessage));

        var result = await ActivityParser.ParseAsync(stream, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal("user-id-0", result.Activity!.From!.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\":")]
    public async Task ParseAsync_BrokenStream_ReturnsMalformedJsonFailure(string body)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var result = await ActivityParser.ParseAsync(stream, CancellationToken.None);

        Assert.Equal(ActivityParseError.MalformedJson, result.Error);
    }

    [Fact]
    public void Parse_FailureDetail_NamesLocationButNotContent()
    {
        var result = ActivityParser.Parse("{\"type\":\"message\",\"text\":\"secret case detail\",\"timestamp\":\"bad\"}");

        Assert.Equal(ActivityParseError.MalformedJson, result.Error);
        Assert.DoesNotContain("secret", result.Detail ?? string.Empty, StringComparison.Ordinal);
    }
}
