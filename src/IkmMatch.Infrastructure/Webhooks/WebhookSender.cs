using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using IkmMatch.Application.Webhooks;
using IkmMatch.Domain.Webhooks;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IkmMatch.Infrastructure.Webhooks;

/// <summary>
/// Sends due deliveries. Each batch is claimed in a transaction with <c>FOR UPDATE SKIP LOCKED</c> — other processes
/// skip the rows this one is sending — and the outcome commits with the rows, so a process that dies mid-send leaves
/// its deliveries pending and they are sent again: at least once, never lost. Each message is signed per Standard
/// Webhooks (<c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature: v1,…</c>, one signature per valid secret).
/// </summary>
internal sealed partial class WebhookSender : BackgroundService
{
    private const int BatchSize = 20;

    private readonly IServiceScopeFactory _scopes;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookSender> _logger;
    private readonly HttpClient _http;

    public WebhookSender(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookSender> logger)
    {
        _scopes = scopes;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        var allowPrivate = _options.AllowPrivateTargets;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancellationToken) =>
            {
                // The address is checked as it is connected to, so DNS cannot point an approved name inside later.
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => allowPrivate || !WebhookTargets.IsPrivate(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to loopback or private addresses.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds) };
    }

    /// <summary>The Standard Webhooks signature header: <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>, per secret.</summary>
    public static string Sign(IEnumerable<string> secrets, string messageId, long timestamp, string body) => string.Join(' ', secrets.Select(secret =>
    {
        var key = Convert.FromBase64String(secret.StartsWith(WebhookSecrets.Prefix, StringComparison.Ordinal) ? secret[WebhookSecrets.Prefix.Length..] : secret);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")));
    }));

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DeliveryEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(_logger, exception.GetType().Name, exception.Message);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(_options.PollMilliseconds), _clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var due = await db.WebhookDeliveries
            .FromSqlInterpolated($"SELECT * FROM webhook_deliveries WHERE status = 'Pending' AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var ids = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var delivery in due)
        {
            var subscription = subscriptions.GetValueOrDefault(delivery.SubscriptionId);
            var ping = delivery.EventType == WebhookEventTypes.Ping;
            if (subscription is null || (!subscription.Enabled && !ping))
            {
                delivery.GiveUp("The subscription is disabled.");
                continue;
            }

            await AttemptAsync(subscription, delivery, ping, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task AttemptAsync(WebhookSubscription subscription, WebhookDelivery delivery, bool ping, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var messageId = delivery.MessageId.ToString();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Sign(subscription.SigningSecrets(now), messageId, timestamp, delivery.Payload));
        request.Headers.UserAgent.ParseAdd("IkmMatch-Webhooks/1");

        int? status = null;
        string error;
        TimeSpan? retryAfter = null;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Delivered(status.Value, _clock.GetUtcNow());
                if (ping && !subscription.Enabled)
                {
                    subscription.Enable();
                }

                subscription.Succeeded();
                return;
            }

            error = $"HTTP {status}";
            retryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - _clock.GetUtcNow(),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or SocketException
            && !cancellationToken.IsCancellationRequested)
        {
            error = exception is TaskCanceledException ? $"No answer within {_options.TimeoutSeconds} s" : exception.Message;
        }

        var at = _clock.GetUtcNow();
        delivery.AttemptFailed(status, error, retryAfter, Random.Shared.NextDouble(), at);
        if (subscription.Enabled)
        {
            subscription.Failed(status == (int)HttpStatusCode.Gone, TimeSpan.FromDays(_options.DisableAfterDays), at);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook deliveries could not be sent this round: {Kind}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string kind, string reason);
}
