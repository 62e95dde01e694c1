// Package bench measures the throughput of the reading pipeline on a
// corpus: articles and words per second, latency per article (p50, p99),
// allocations per article, peak memory, and the time of each stage.
//
// The corpus is streamed, never held whole: the re3d documents (JSON
// Lines files) and any folders of .txt and .html files, read again for
// each pass. A warm-up pass is not timed. Workers share one Pipeline, as
// sitrep does in production.
package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// Reader is what the benchmark needs of the pipeline.
type Reader interface {
	Read(ctx context.Context, a *article.Article, opt pipeline.Options) (*report.Document, error)
}

// Options choose the corpus and the run.
type Options struct {
	Sources []string // re3d documents.json files and folders of .txt/.html articles
	Workers int      // goroutines reading at once; 0 means GOMAXPROCS
	Passes  int      // timed passes over the corpus; 0 means 3
}

// Result is what one run measured.
type Result struct {
	Workers        int                `json:"workers"`
	Articles       int                `json:"articles"`
	Words          int                `json:"words"`
	Seconds        float64            `json:"seconds"`
	ArticlesPerSec float64            `json:"articles_per_sec"`
	WordsPerSec    float64            `json:"words_per_sec"`
	P50ms          float64            `json:"p50_ms"`
	P99ms          float64            `json:"p99_ms"`
	AllocsPerDoc   float64            `json:"allocs_per_article"`
	BytesPerDoc    float64            `json:"bytes_per_article"`
	RSSMB          float64            `json:"rss_mb"` // peak resident set of the process
	Stages         map[string]float64 `json:"stages"` // mean ms per article
}

// Run measures r on the corpus.
func Run(ctx context.Context, r Reader, opt Options) (*Result, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Passes <= 0 {
		opt.Passes = 3
	}
	if _, err := pass(ctx, r, opt, 1, nil); err != nil { // warm-up
		return nil, err
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	res := &Result{Workers: opt.Workers, Stages: map[string]float64{}}
	lat, err := pass(ctx, r, opt, opt.Passes, res)
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	res.Seconds = elapsed.Seconds()
	if res.Articles == 0 {
		return nil, fmt.Errorf("bench: the corpus has no articles")
	}
	n := float64(res.Articles)
	res.ArticlesPerSec = n / res.Seconds
	res.WordsPerSec = float64(res.Words) / res.Seconds
	slices.Sort(lat)
	res.P50ms = ms(lat[len(lat)/2])
	res.P99ms = ms(lat[min(len(lat)-1, len(lat)*99/100)])
	res.AllocsPerDoc = float64(after.Mallocs-before.Mallocs) / n
	res.BytesPerDoc = float64(after.TotalAlloc-before.TotalAlloc) / n
	for k, v := range res.Stages {
		res.Stages[k] = v / n
	}
	res.RSSMB = peakRSS()
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// pass reads the corpus passes times with the workers and returns the
// latencies; res, when not nil, collects counts and stage times.
func pass(ctx context.Context, r Reader, opt Options, passes int, res *Result) ([]time.Duration, error) {
	docs := make(chan *article.Article, opt.Workers*2)
	errc := make(chan error, 1)
	go func() {
		defer close(docs)
		for range passes {
			if err := stream(ctx, opt.Sources, docs); err != nil {
				errc <- err
				return
			}
		}
	}()
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			timings := map[string]time.Duration{}
			var mine []time.Duration
			words := 0
			for a := range docs {
				t := time.Now()
				doc, err := r.Read(ctx, a, pipeline.Options{Timings: timings})
				if err != nil {
					continue
				}
				mine = append(mine, time.Since(t))
				words += doc.Stats.Words
			}
			mu.Lock()
			defer mu.Unlock()
			lat = append(lat, mine...)
			if res != nil {
				res.Articles += len(mine)
				res.Words += words
				for k, v := range timings {
					res.Stages[k] += ms(v)
				}
			}
		}()
	}
	wg.Wait()
	select {
	case err := <-errc:
		return nil, err
	default:
	}
	return lat, ctx.Err()
}

// stream sends the articles of the sources, one at a time.
func stream(ctx context.Context, sources []string, out chan<- *article.Article) error {
	for _, src := range sources {
		fi, err := os.Stat(src)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		switch {
		case fi.IsDir():
			err = streamDir(ctx, src, out)
		case strings.HasSuffix(src, ".json") || strings.HasSuffix(src, ".jsonl"):
			err = streamJSONL(ctx, src, out)
		default:
			err = streamFile(ctx, src, out)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// streamJSONL reads a re3d documents.json file: one JSON object a line
// with "title" and "text".
func streamJSONL(ctx context.Context, path string, out chan<- *article.Article) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct {
			Title, Text, SourceURL string
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("bench: %s: %w", path, err)
		}
		select {
		case out <- &article.Article{Title: d.Title, Text: d.Title + "\n\n" + d.Text, URL: d.SourceURL}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return sc.Err()
}

// streamDir reads the .txt and .html files of a folder tree.
func streamDir(ctx context.Context, dir string, out chan<- *article.Article) error {
	return filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(path))
		if e.IsDir() || (ext != ".txt" && ext != ".html" && ext != ".htm") {
			return nil
		}
		return streamFile(ctx, path, out)
	})
}

// streamFile sends one article file. Input the input stage refuses
// (binary, empty, not English) is skipped: the benchmark measures reading.
func streamFile(ctx context.Context, path string, out chan<- *article.Article) error {
	a, err := article.Open(ctx, path, nil, article.Options{})
	if err != nil {
		return nil
	}
	select {
	case out <- a:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// peakRSS returns the peak resident set size of the process in MB, from
// /proc on Linux, or 0 where that is not available.
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return 0
}
