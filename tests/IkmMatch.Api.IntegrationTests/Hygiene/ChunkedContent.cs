using System.Net;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>A body of unknown length: sent without Content-Length (chunked over HTTP/1.1), in pieces of 64 KB.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;

    public ChunkedContent(byte[] bytes, string contentType = "application/json")
    {
        _bytes = bytes;
        Headers.ContentType = new(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
