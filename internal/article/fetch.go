package article

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

const maxRedirects = 5

// Timeouts of the default client: a slow server fails rather than stalls
// a batch.
const (
	dialTimeout   = 10 * time.Second
	headerTimeout = 20 * time.Second
	fetchTimeout  = 60 * time.Second
)

// reserved are ranges netip does not classify that must not be fetched
// either: "this network", carrier-grade NAT, benchmarking, the reserved
// class E, and IPv6 site-local.
var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("fec0::/10"),
}

// blocked reports addresses that reach the machine itself or a private
// network: a fetched URL must not become a way into either.
func blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range reserved {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// guard checks hosts and dialled addresses.
type guard struct {
	resolver *net.Resolver
}

// checkURL validates a URL before it is requested, redirects included.
func (g guard) checkURL(ctx context.Context, u *url.URL, allowPrivate bool) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return detail(ErrBadURL, "bad url: scheme %q is not http or https", u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return detail(ErrBadURL, "bad url: no host")
	}
	if allowPrivate {
		return nil
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return checkAddr(ip)
	}
	addrs, err := g.resolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", host, err)
	}
	for _, ip := range addrs {
		if err := checkAddr(ip); err != nil {
			return err
		}
	}
	return nil
}

func checkAddr(ip netip.Addr) error {
	if blocked(ip) {
		return detail(ErrPrivateAddress, "refusing private network address %s", ip)
	}
	return nil
}

// control runs on the address actually dialled, after DNS: a host that
// resolved to a public address for checkURL and to a private one now (DNS
// rebinding) is still refused.
func control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return detail(ErrPrivateAddress, "refusing unparsable address %q", address)
	}
	return checkAddr(ap.Addr())
}

// defaultClient fetches with timeouts, no proxy (a proxy would hide the
// real destination from the guard) and, unless allowPrivate, the dial
// guard.
func defaultClient(allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: dialTimeout}
	if !allowPrivate {
		d.Control = control
	}
	return &http.Client{
		Timeout: fetchTimeout,
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   dialTimeout,
			ResponseHeaderTimeout: headerTimeout,
			MaxIdleConns:          10,
			IdleConnTimeout:       30 * time.Second,
		},
	}
}

// client returns the client to use, with redirects limited and checked.
func (g guard) client(opt Options) *http.Client {
	var c http.Client
	if opt.HTTPClient != nil {
		c = *opt.HTTPClient
	} else {
		c = *defaultClient(opt.AllowPrivate)
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("stopped after %d redirects", maxRedirects)
		}
		return g.checkURL(req.Context(), req.URL, opt.AllowPrivate)
	}
	return &c
}

func openURL(ctx context.Context, raw string, opt Options) (*Article, error) {
	name := displayName(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", name, detail(ErrBadURL, "bad url: %v", unwrapURLError(err)))
	}
	g := guard{resolver: net.DefaultResolver}
	if err := g.checkURL(ctx, u, opt.AllowPrivate); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", name, err)
	}
	body, contentType, final, err := fetch(ctx, g.client(opt), u, opt.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", name, err)
	}
	return parse(body, final, contentType, opt)
}

// fetch GETs u and returns at most limit bytes of a text or HTML body,
// its Content-Type and the final URL after redirects.
func fetch(ctx context.Context, c *http.Client, u *url.URL, limit int64) ([]byte, string, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", detail(ErrBadURL, "bad url: %v", err)
	}
	req.Header.Set("User-Agent", "sitrep/1 (article reader)")
	req.Header.Set("Accept", "text/html, text/plain;q=0.9, application/xhtml+xml;q=0.8")
	resp, err := c.Do(req)
	if err != nil {
		return nil, "", "", unwrapURLError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", fmt.Errorf("http status %s", resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if err := checkContentType(ct); err != nil {
		return nil, "", "", err
	}
	if resp.ContentLength > limit {
		return nil, "", "", detail(ErrTooLarge, "input too large: %d bytes, limit %d", resp.ContentLength, limit)
	}
	body, err := readLimited(resp.Body, limit)
	if err != nil {
		return nil, "", "", err
	}
	return body, ct, resp.Request.URL.String(), nil
}

// checkContentType accepts HTML and plain text; a missing type is left to
// sniffing.
func checkContentType(ct string) error {
	if ct == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return detail(ErrContentType, "unsupported content type %q", ct)
	}
	switch mt {
	case "text/html", "text/plain", "application/xhtml+xml":
		return nil
	}
	return detail(ErrContentType, "unsupported content type %q", mt)
}

// unwrapURLError drops *url.Error's "Get \"...\":" prefix, since the
// caller's prefix already names the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
