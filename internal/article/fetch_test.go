package article

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"
)

// newServer serves test pages on 127.0.0.1. Tests never send traffic to
// any other address: the private-address cases are refused before a
// connection is made.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	page := readTestdata(t, "page.html")
	text := readTestdata(t, "en_news.txt")
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/story.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(text)
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by net/http either
		w.Write(page)
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat(english+"\n", 100)))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := []byte(english + "\n")
		for r.Context().Err() == nil {
			if _, err := w.Write(line); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.1.2.3/page", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example.com/a.txt", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestOpenURL(t *testing.T) {
	srv := newServer(t)
	allow := Options{AllowPrivate: true}
	tests := []struct {
		name    string
		path    string
		opt     Options
		want    error
		format  Format
		message string
	}{
		{"html", "/page", allow, nil, FormatHTML, ""},
		{"text", "/story.txt", allow, nil, FormatText, ""},
		{"no content type", "/untyped", allow, nil, FormatHTML, ""},
		{"redirect", "/redirect", allow, nil, FormatHTML, ""},
		{"redirect loop", "/loop", allow, nil, "", "stopped after 5 redirects"},
		{"pdf", "/pdf", allow, ErrContentType, "", `unsupported content type "application/pdf"`},
		{"not found", "/missing", allow, nil, "", "http status 404"},
		{"too large", "/big", Options{AllowPrivate: true, MaxBytes: 1000}, ErrTooLarge, "", ""},
		{"endless", "/endless", Options{AllowPrivate: true, MaxBytes: 1 << 16}, ErrTooLarge, "", ""},
		{"redirect to ftp", "/to-ftp", allow, ErrBadURL, "", `scheme "ftp"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Open(context.Background(), srv.URL+tt.path, nil, tt.opt)
			if tt.format != "" {
				if err != nil {
					t.Fatal(err)
				}
				if a.Format != tt.format || a.Text == "" || !strings.HasPrefix(a.URL, srv.URL) || a.Source == "" {
					t.Errorf("got Format %q URL %q Source %q Text %.40q", a.Format, a.URL, a.Source, a.Text)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, article %+v", a)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.message) || !strings.HasPrefix(err.Error(), "fetch "+srv.URL) {
				t.Errorf("err = %q, want prefix %q and %q", err, "fetch "+srv.URL, tt.message)
			}
		})
	}
}

func TestOpenURLTimeout(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := Open(ctx, srv.URL+"/slow", nil, Options{AllowPrivate: true}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
}

func TestOpenURLPrivate(t *testing.T) {
	srv := newServer(t)
	tests := []string{
		srv.URL + "/page",
		"http://127.0.0.1/",
		"http://localhost:8080/",
		"http://10.1.2.3/",
		"http://172.16.0.1/",
		"http://192.168.1.1/",
		"http://[::1]/",
		"http://[::ffff:127.0.0.1]/",
		"http://169.254.169.254/latest/meta-data/",
		"http://100.64.0.1/",
		"http://[fd00::1]/",
		"http://[fe80::1]/",
		"http://0.0.0.0/",
		"http://224.0.0.1/",
		"https://127.1.2.3:8443/",
	}
	for _, u := range tests {
		t.Run(u, func(t *testing.T) {
			_, err := Open(context.Background(), u, nil, Options{})
			var dnsErr *net.DNSError
			if strings.Contains(u, "localhost") && errors.As(err, &dnsErr) {
				t.Skip("localhost does not resolve here:", err)
			}
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("err = %v, want ErrPrivateAddress", err)
			}
		})
	}
}

// TestRedirectToPrivate lets the first request reach the loopback test
// server, as if it were public, and checks that redirects onwards to
// private addresses are refused before they are followed.
func TestRedirectToPrivate(t *testing.T) {
	srv := newServer(t)
	g := guard{resolver: nil}
	c := g.client(Options{HTTPClient: &http.Client{}})
	for _, path := range []string{"/to-private", "/to-metadata"} {
		u, _ := url.Parse(srv.URL + path)
		_, _, _, err := fetch(context.Background(), c, u, 1<<20)
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: err = %v, want ErrPrivateAddress", path, err)
		}
	}
}

// TestDialGuard checks the check on the dialled address, which catches a
// host that resolved to a public address and then to a private one.
func TestDialGuard(t *testing.T) {
	srv := newServer(t)
	u, _ := url.Parse(srv.URL + "/page")
	_, _, _, err := fetch(context.Background(), defaultClient(false), u, 1<<20)
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v, want ErrPrivateAddress", err)
	}
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "10.0.0.1:80", "[fd12::1]:80", "not an address"} {
		if err := control("tcp", addr, nil); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("control(%q) = %v, want ErrPrivateAddress", addr, err)
		}
	}
	if err := control("tcp", "203.0.113.7:443", nil); err != nil {
		t.Errorf("control(public) = %v", err)
	}
}

func TestBlocked(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.255.255.254", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.0.1", true},
		{"169.254.169.254", true},
		{"100.64.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"224.0.0.251", true},
		{"255.255.255.255", true},
		{"::1", true},
		{"::", true},
		{"fd00::1", true},
		{"fc00::1", true},
		{"fe80::1", true},
		{"ff02::1", true},
		{"::ffff:10.0.0.1", true},
		{"203.0.113.7", false},
		{"8.8.8.8", false},
		{"2001:4860:4860::8888", false},
	}
	for _, tt := range tests {
		if got := blocked(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("blocked(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}
