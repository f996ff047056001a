using System.Net;
using System.Net.Sockets;
using IkmMatch.Application.Webhooks;
using IkmMatch.Domain.Common;
using Microsoft.Extensions.Options;

namespace IkmMatch.Infrastructure.Webhooks;

/// <summary>
/// Where webhooks may go: https URLs whose host resolves only to public addresses, unless
/// <c>Webhooks:AllowPrivateTargets</c>. Checked when a subscription is made and again on every connection
/// (<see cref="WebhookSender"/>), so a name that later resolves to an internal address still reaches nothing inside.
/// </summary>
internal sealed class WebhookTargets(IOptions<WebhookOptions> options) : IWebhookTargets
{
    public async Task<Text?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new Text("validation.webhookUrl");
        }

        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return new Text("problem.webhookHttps");
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return new Text("problem.webhookUnresolvable", uri.Host);
        }

        return addresses.Length == 0 ? new Text("problem.webhookUnresolvable", uri.Host)
            : addresses.Any(IsPrivate) ? new Text("problem.webhookPrivateTarget", uri.Host)
            : null;
    }

    /// <summary>Loopback, private, link-local, carrier-grade NAT, unique-local, multicast and unspecified addresses.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] is >= 64 and <= 127);
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
    }
}
