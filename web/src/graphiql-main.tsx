// Entry of the offline GraphiQL page (second Vite entry): bundled, no CDN, pointed at /graphql.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './graphiql.css';

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

const DEFAULT_QUERY = `# KIES Explorer API. Try: which PPPs address mission IV?
{
  node(id: "mission-iv") {
    name
    target
    relationships(types: [ADDRESSES], direction: IN, first: 20) {
      startNode { name label }
      provenance { quotes }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
