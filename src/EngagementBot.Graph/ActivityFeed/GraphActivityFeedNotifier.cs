using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using GraphKeyValuePair = Microsoft.Graph.Models.KeyValuePair;

namespace EngagementBot.Graph.ActivityFeed;

internal sealed class GraphActivityFeedNotifier(
    GraphServiceClient graph,
    IOptions<GraphOptions> options,
    TimeProvider clock) : IActivityFeedNotifier
{
    private const string Operation = "send activity notification";

    public async Task NotifyAsync(string userAadObjectId, ActivityFeedNotice notice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        ArgumentNullException.ThrowIfNull(notice);
        var body = ToRequestBody(notice, options.Value.TeamsAppId);
        await GraphErrors.RunAsync(
            Operation,
            ct => graph.Users[userAadObjectId].Teamwork.SendActivityNotification.PostAsync(body, cancellationToken: ct),
            clock,
            cancellationToken);
    }

    internal static SendActivityNotificationPostRequestBody ToRequestBody(ActivityFeedNotice notice, string? teamsAppId)
    {
        Validate(notice);
        return new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic
            {
                Source = notice.Topic.Source == FeedTopicSource.Text ? TeamworkActivityTopicSource.Text : TeamworkActivityTopicSource.EntityUrl,
                Value = notice.Topic.Value,
                WebUrl = notice.Topic.Source == FeedTopicSource.Text ? notice.Topic.WebUrl : null,
            },
            ActivityType = FeedActivityTypes.WireName(notice.ActivityType),
            ChainId = notice.ChainId,
            PreviewText = new ItemBody { Content = notice.PreviewText },
            TemplateParameters = notice.TemplateParameters.ToPairs()
                .Select(pair => new GraphKeyValuePair { Name = pair.Key, Value = pair.Value })
                .ToList(),
            TeamsAppId = string.IsNullOrWhiteSpace(teamsAppId) ? null : teamsAppId,
        };
    }

    private static void Validate(ActivityFeedNotice notice)
    {
        if (string.IsNullOrWhiteSpace(notice.PreviewText))
        {
            throw Invalid("the preview text is empty");
        }

        if (notice.Topic is null || string.IsNullOrWhiteSpace(notice.Topic.Value))
        {
            throw Invalid("the topic is empty");
        }

        if (notice.Topic.Source == FeedTopicSource.Text && string.IsNullOrWhiteSpace(notice.Topic.WebUrl))
        {
            throw Invalid("a text topic needs a webUrl");
        }

        var given = (notice.TemplateParameters ?? new FeedTemplateParameters()).ToPairs().Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var missing = FeedActivityTypes.RequiredParameters(notice.ActivityType).Where(name => !given.Contains(name)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid($"{FeedActivityTypes.WireName(notice.ActivityType)} needs template parameter(s) {string.Join(", ", missing)}");
        }
    }

    private static GraphDeliveryException Invalid(string reason) =>
        new($"{Operation}: invalid notice: {reason}", isTransient: false);
}
