import json, re, sys, glob, os
# Checks data/gold/second-reader/topic-*.jsonl: each quote in its article (white space folded), 1-10 words,
# each file in the line's topic and the group's event (labels.tsv), every pair of groups labelled with a why.
ECB='/work/shared/dev/ecbplus'
lab={}
for i,l in enumerate(open(ECB+'/labels.tsv')):
    if i==0: hdr=l.rstrip('\n').split('\t'); continue
    r=dict(zip(hdr,l.rstrip('\n').split('\t'))); lab[r['file']]=r
fold=lambda s: re.sub(r'\s+',' ',s).strip()
bad=0
for p in sorted(glob.glob('/work/wt-reader2/data/gold/second-reader/topic-*.jsonl')):
    for n,line in enumerate(open(p),1):
        o=json.loads(line); ids=[g['id'] for g in o['groups']]
        assert len(set(ids))==len(ids)
        nart=0; seen=set()
        for g in o['groups']:
            for a in g['articles']:
                nart+=1
                f=a['file']; r=lab.get(f)
                txt=fold(open(f"{ECB}/articles/{f}.txt").read())
                errs=[]
                k=(f,fold(a['quote']))
                if k in seen: errs.append('same file and quote twice in the line')
                seen.add(k)
                if not r: errs.append('unknown file')
                else:
                    if int(r['topic'])!=o['topic']: errs.append('topic')
                    if r['event']!=g['event']: errs.append('event '+r['event'])
                if fold(a['quote']) not in txt: errs.append('quote not found')
                if not (1<=len(a['quote'].split())<=10): errs.append('words %d'%len(a['quote'].split()))
                if errs: bad+=1; print(os.path.basename(p),n,o['fact'],f,repr(a['quote']),errs)
        files=set(a['file'] for g in o['groups'] for a in g['articles'])
        if len(files)<2: bad+=1; print(os.path.basename(p),n,o['fact'],'fewer than 2 articles')
        want={tuple(sorted(x)) for x in __import__('itertools').combinations(ids,2)}
        got=[tuple(sorted(pp['groups'])) for pp in o['pairs']]
        if sorted(got)!=sorted(want) or any(not pp.get('why') for pp in o['pairs']): bad+=1; print('pairs',p,n)
import collections
tot=collections.Counter(); nf=0
for p in sorted(glob.glob('/work/wt-reader2/data/gold/second-reader/topic-*.jsonl')):
    c=collections.Counter(); n=0
    for line in open(p):
        o=json.loads(line); n+=1
        for pp in o['pairs']: c[pp['label']]+=1
    nf+=n; tot.update(c)
    print(os.path.basename(p), n, 'facts', dict(c))
print('total', nf, 'facts', dict(tot))
print('failures',bad)
