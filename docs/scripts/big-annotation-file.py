# Writes big.jsonld (~N MB, N the first argument) from small.jsonld, a `whosaid export --format webanno` of a
# library: every 1000th annotation is one of its own (placeable), the others name articles it does not hold.
import json, sys
target = int(sys.argv[1]) * 1024 * 1024
small = json.load(open('small.jsonld'))
real = small['first']['items']
out = open('big.jsonld', 'w')
out.write('{"@context":["http://www.w3.org/ns/anno.jsonld",{"whosaid":"https://whosaid.org/ns/annotation#"}],'
          '"type":"AnnotationCollection","label":"bench","first":{"type":"AnnotationPage","startIndex":0,"items":[\n')
size, i = 0, 0
while size < target:
    if i % 1000 == 0:
        a = dict(real[(i // 1000) % len(real)])
    else:
        a = json.loads(json.dumps(real[i % len(real)]))
        a['id'] = 'urn:bench:%d' % i
        a['target']['source'] = 'https://example.org/news/%d' % (i // 25)
        a['target']['whosaid:contentHash'] = '%064x' % (i // 25)
        a['target']['whosaid:title'] = 'Article %d' % (i // 25)
        a['body'].append({"type": "TextualBody", "purpose": "commenting", "whosaid:role": "note",
                          "value": "A colleague's note on annotation %d, long enough to weigh what real notes weigh." % i})
    line = (',\n' if i else '') + json.dumps(a, ensure_ascii=False)
    out.write(line)
    size += len(line.encode())
    i += 1
out.write('\n]}}\n')
print(i, 'annotations')
