import { generateCorpus } from '/work/main/scripts/bench/generate-corpus.ts';
generateCorpus(process.argv[2]!, { questions: Number(process.argv[3]) });
