using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// One of the Agents Playground's websockets, read in the background: every JSON message it
/// pushes, in order of arrival. Reads until disposed; a broken socket is reported by
/// <see cref="Events"/>, never swallowed.
/// </summary>
internal sealed class PlaygroundSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonNode> _events = [];
    private Task _reading = Task.CompletedTask;
    private Exception? _failure;

    private PlaygroundSocket()
    {
    }

    public static async Task<PlaygroundSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new PlaygroundSocket();
        await socket._socket.ConnectAsync(uri, cancellationToken);
        socket._reading = Task.Run(socket.ReadAsync, CancellationToken.None);
        return socket;
    }

    /// <summary>Everything received so far.</summary>
    public IReadOnlyList<JsonNode> Events()
    {
        lock (_events)
        {
            return _failure is null
                ? [.. _events]
                : throw new InvalidOperationException("the Playground's websocket failed", _failure);
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                if (json is not null)
                {
                    lock (_events)
                    {
                        _events.Add(json);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException)
        {
            lock (_events)
            {
                _failure = ex;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }
}
