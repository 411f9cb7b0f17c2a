"""Build /work/blind16/{en,ko,zh} files and keys from _verify/src (markers ⟪W: ...⟫ / ⟪N: ...⟫)."""
import json, os, re, nbformat
ROOT = '/work/blind16'
SRC = ROOT + '/_verify/src'
MARK = re.compile(r'\s*⟪([WN]): (.*?)⟫\s*$')

META = {
 'en/vit_patch_embed': ('blog post with short headed sections', 'ViT patch count, patch-embedding and position-embedding parameter counts'),
 'en/transformer_block_params': ('Colab-style explainer notebook', 'Transformer block parameter count 12d^2+13d and FLOPs per token'),
 'en/gqa_kv_cache': ('TA answer key with grading note', 'grouped-query / multi-query attention KV-cache size'),
 'en/flash_attention_memory': ('technical blog note', 'attention-matrix memory N^2 vs FlashAttention O(N) statistics, online softmax'),
 'en/pipeline_bubble': ('README-like worked note (setext heading)', 'pipeline-parallel bubble fraction (p-1)/(m+p-1), micro-batch count'),
 'en/zero_memory': ('lecture notebook with a code cell', 'ZeRO stage 1/2/3 model-state memory per GPU'),
 'en/grad_checkpoint': ('learner notes with informal prose and typos', 'gradient checkpointing sqrt(n) memory and recompute cost'),
 'en/bn_fold': ('textbook-style derivation with numeric check', 'folding batch norm into a convolution (w\', b\')'),
 'en/class_weighted_ce': ('Kaggle-style notebook', 'balanced class weights and weighted cross-entropy loss/gradient'),
 'en/quantile_loss': ('lecture scribe notes', 'quantile / pinball loss and why its minimiser is the quantile'),
 'en/ndcg_mrr': ('blog post with YAML front matter', 'DCG/NDCG, MRR, recall@k by hand'),
 'en/bleu_bp': ('exam solution with a table', 'BLEU n-gram precisions, geometric mean and brevity penalty'),
 'en/ece_bins': ('evaluation notebook', 'expected calibration error with 3 bins'),
 'en/elo_update': ('blog post', 'Elo rating update and its link to logistic-regression SGD'),
 'en/shapley_two_features': ('TA answer key', 'Shapley values for 2 features and integrated gradients'),
 'en/reverse_mode_autodiff': ('course notebook with table and finite-difference check', 'reverse-mode autodiff and dual numbers on a small graph'),
 'en/ar1_smoothing': ('slides exported to Markdown', 'AR(1) stationary variance, autocorrelation, exponential smoothing'),
 'ko/mobilenet_width': ('Korean tistory-style study note', 'MobileNet width multiplier, depthwise separable parameter and Mult-Add counts'),
 'ko/efficientnet_compound': ('Korean memo (setext heading)', 'EfficientNet compound scaling arithmetic'),
 'ko/se_bottleneck': ('Korean TA solution notebook', 'SE-block and ResNet bottleneck parameter counts'),
 'ko/mixup': ('Korean velog-style blog', 'mixup inputs/labels and soft-label cross-entropy'),
 'ko/tversky_loss': ('Korean blog', 'Tversky index/loss vs Dice, focal Tversky'),
 'ko/arcface_margin': ('Korean study-group slides', 'ArcFace and CosFace margin logits'),
 'ko/bpr_gradient': ('Korean homework solution notebook', 'BPR loss and its gradient for matrix factorisation'),
 'ko/bm25_by_hand': ('Korean step-by-step tutorial', 'BM25 score by hand'),
 'ko/conformal_quantile': ('Korean lecture note', 'split conformal prediction quantile index and interval'),
 'ko/r2_adjusted': ('Korean lab notebook', 'OLS fit, R^2 and adjusted R^2'),
 'ko/vanishing_product': ('Korean learner notes', 'vanishing gradient products 0.25^L with sigmoid/tanh derivatives'),
 'ko/fgsm_step': ('Korean worked example', 'FGSM step on logistic regression'),
 'zh/mixed_precision': ('Chinese CSDN-style blog', 'fp16/bf16 bit layouts, ranges, epsilons and loss scaling'),
 'zh/activation_memory': ('Chinese Zhihu-style notebook', 'Transformer activation memory per layer sbh(34+5as/h)'),
 'zh/alibi_sliding': ('Chinese blog', 'ALiBi slopes/biases and sliding-window attention reach'),
 'zh/huffman_bsc': ('Chinese exercise solutions', 'Huffman expected length vs entropy, BSC capacity'),
 'zh/cross_entropy_kl_bits': ('Chinese course notebook', 'H(p,q)=H(p)+KL in bits, KL asymmetry, JS divergence'),
 'zh/bandit_ucb': ('Chinese homework answer', 'incremental bandit mean, epsilon-greedy probabilities, UCB1'),
 'zh/pagerank3': ('Chinese notebook with bmatrix', 'PageRank on 3 nodes, one power-iteration step and stationary vector'),
 'zh/importance_sampling_ess': ('Chinese cnblogs-style note', 'self-normalised importance sampling, ESS, Metropolis acceptance'),
 'zh/dp_fedavg': ('Chinese review notes', 'Laplace/Gaussian DP noise scales and FedAvg weighting'),
}

def parse_lines(lines):
    out, wrong, notc = [], [], []
    for i, ln in enumerate(lines, 1):
        m = MARK.search(ln)
        if m:
            ln = ln[:m.start()]
            (wrong if m.group(1) == 'W' else notc).append((i, m.group(2)))
        out.append(ln)
    return out, wrong, notc

def build():
    for lang in ('en', 'ko', 'zh'):
        os.makedirs(f'{ROOT}/{lang}', exist_ok=True)
        for fn in sorted(os.listdir(f'{SRC}/{lang}')):
            src = open(f'{SRC}/{lang}/{fn}', encoding='utf-8').read()
            key = {'wrong': [], 'not_claims': []}
            if fn.endswith('.ipynb.src'):
                base = fn[:-len('.ipynb.src')]
                cells, cur = [], None
                for ln in src.split('\n'):
                    if ln.startswith('%%% '):
                        cur = [ln[4:].strip(), []]; cells.append(cur)
                    else:
                        cur[1].append(ln)
                nb = nbformat.v4.new_notebook()
                nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}
                for ci, (kind, lines) in enumerate(cells, 1):
                    while lines and lines[-1] == '': lines.pop()
                    body, w, n = parse_lines(lines)
                    text = '\n'.join(body)
                    if kind == 'md':
                        nb.cells.append(nbformat.v4.new_markdown_cell(text))
                    else:
                        assert not w and not n
                        nb.cells.append(nbformat.v4.new_code_cell(text))
                    key['wrong'] += [{'cell': ci, 'line': l, 'why': y} for l, y in w]
                    key['not_claims'] += [{'cell': ci, 'line': l, 'why': y} for l, y in n]
                nbformat.validate(nb)
                nbformat.write(nb, f'{ROOT}/{lang}/{base}.ipynb')
            else:
                base = fn[:-3]
                body, w, n = parse_lines(src.rstrip('\n').split('\n'))
                open(f'{ROOT}/{lang}/{fn}', 'w', encoding='utf-8').write('\n'.join(body) + '\n')
                key['wrong'] = [{'line': l, 'why': y} for l, y in w]
                key['not_claims'] = [{'line': l, 'why': y} for l, y in n]
            style, topic = META[f'{lang}/{base}']
            key = {'style': style, 'topic': topic, **key}
            json.dump(key, open(f'{ROOT}/{lang}/{base}.key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    build()
